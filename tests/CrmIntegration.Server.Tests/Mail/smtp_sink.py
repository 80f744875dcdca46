"""A real SMTP server for the mail tests (Debian's python3-aiosmtpd, run as /usr/bin/python3).

Usage: smtp_sink.py PORT DIRECTORY
Listens on 127.0.0.1:PORT and saves every accepted message as DIRECTORY/<n>.eml, with its
envelope (mail_from, rcpt_tos) beside it as <n>.json; both are written under a temporary name and
renamed, so a reader never sees half a message. Prints "ready" once listening and stops when
its standard input is closed.
"""
import json
import os
import sys
import uuid

from aiosmtpd.controller import Controller


class SaveToDirectory:
    def __init__(self, directory):
        self.directory = directory

    async def handle_DATA(self, server, session, envelope):
        name = uuid.uuid4().hex
        self._write(name + ".json", json.dumps({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}).encode())
        self._write(name + ".eml", envelope.original_content or envelope.content)
        return "250 2.0.0 Message accepted for delivery"

    def _write(self, name, data):
        temporary = os.path.join(self.directory, "." + name + ".tmp")
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, os.path.join(self.directory, name))


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(SaveToDirectory(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
