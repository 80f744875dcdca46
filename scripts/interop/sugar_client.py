#!/usr/bin/python3
"""Interop check with Python zeep against the served SugarCRM v4_1 WSDL.

    /usr/bin/python3 scripts/interop/sugar_client.py <wsdl-url> <user> <password> <query>

Creates a Lead with Vietnamese names, reads it back, finds it with <query> and as a duplicate
(find_duplicates, same email in capitals, unaccented name), links an Account,
reads the link back, logs out, then provokes faults 10 (wrong password) and 11 (bad session).
Prints one JSON object on stdout; exits 1 if any step went differently than expected, 2 on bad
usage. The steps mirror sugar_client.php so both clients are held to the same checks.
"""

import json
import sys

from sugar_zeep import fault_number, md5_hex, new_id, nvl

EXPECTED_FAULTS = {"wrong_password": 10, "bad_session": 11, "after_logout": 11}


def values(name_value_list):
    items = name_value_list.name_value if name_value_list is not None else []
    return {nv.name: nv.value if nv.value is not None else "" for nv in items or []}


def entries(entry_list):
    return list(entry_list.entry_value or []) if entry_list is not None else []


class Run:
    def __init__(self):
        import zeep  # imported here so a missing zeep is reported in the JSON, not as a traceback

        self.zeep = zeep
        self.report = {"client": "zeep " + zeep.__version__, "errors": []}

    def fail(self, step, message):
        self.report["errors"].append({"step": step, "message": message})

    def expect_fault(self, step, call):
        try:
            call()
        except self.zeep.exceptions.Fault as fault:
            number = fault_number(fault)
            if number != EXPECTED_FAULTS[step]:
                self.fail(step, "fault number %r (faultstring: %s), expected %d" % (number, fault.message, EXPECTED_FAULTS[step]))
            return number
        self.fail(step, "the call succeeded; a fault was expected")
        return None

    def run(self, wsdl, user, password, query):
        report = self.report
        client = self.zeep.Client(wsdl)
        sugar = client.service

        session = sugar.login(
            user_auth={"user_name": user, "password": md5_hex(password)},
            application_name="interop-zeep",
            name_value_list={"name_value": []},
        ).id
        report["logged_in"] = bool(session)

        lead = {
            "first_name": "Th\u1ecb H\u1ed3ng Nhung",
            "last_name": "Nguy\u1ec5n",
            "email1": "nhung.nguyen+zeep@example.vn",
            "lead_source": "Partner",
        }
        lead_id = new_id(sugar.set_entry(session=session, module_name="Leads", name_value_list=nvl(lead)))
        report["lead_id"] = lead_id

        entry = entries(sugar.get_entry(
            session=session, module_name="Leads", id=lead_id,
            select_fields={"string": list(lead)},
            link_name_to_fields_array={"link_name_to_fields_array": []},
            track_view=False,
        ).entry_list)[0]
        read_back = {k: v for k, v in values(entry.name_value_list).items() if k in lead}
        report["read_back"] = read_back
        report["roundtrip_equal"] = True
        for name, sent in lead.items():
            # Compare the UTF-8 bytes: any re-encoding or normalisation shows up here.
            got = read_back.get(name)
            if got is None or got.encode("utf-8") != sent.encode("utf-8"):
                report["roundtrip_equal"] = False
                self.fail("roundtrip", "%s came back as %r, sent %r" % (name, got, sent))

        try:
            result = sugar.get_entry_list(
                session=session, module_name="Leads", query=query, order_by="", offset=0,
                select_fields={"string": ["id", "last_name"]},
                link_name_to_fields_array={"link_name_to_fields_array": []},
                max_results=50, deleted=0, favorites=False,
            )
            ids = [e.id for e in entries(result.entry_list)]
            report["query_result_count"] = result.result_count
            report["query_found"] = lead_id in ids
            if not report["query_found"]:
                self.fail("query", "lead %s not among %s" % (lead_id, ids))
        except self.zeep.exceptions.Fault as fault:
            # Kept apart so the rest still runs and the report says exactly which step failed.
            report["query_found"] = False
            self.fail("query", "fault %r: %s" % (fault_number(fault), fault.message))

        try:
            found = sugar.find_duplicates(
                session=session, module_name="Leads",
                name_value_list=nvl({"last_name": "Nguyen", "email1": lead["email1"].upper()}),
            )
            duplicates = list(found.entry_list.duplicate_entry or []) if found.entry_list is not None else []
            report["duplicates"] = [
                {"id": d.id, "module_name": d.module_name, "rule": d.rule, "score": d.score,
                 "last_name": values(d.name_value_list).get("last_name")}
                for d in duplicates
            ]
            report["duplicates_result_count"] = found.result_count
            report["duplicate_found"] = any(d.id == lead_id and d.rule == "email" for d in duplicates)
            if not report["duplicate_found"]:
                self.fail("find_duplicates", "lead %s not found by email among %r" % (lead_id, report["duplicates"]))
        except self.zeep.exceptions.Fault as fault:
            report["duplicate_found"] = False
            self.fail("find_duplicates", "fault %r: %s" % (fault_number(fault), fault.message))

        account_name = "C\u00f4ng ty TNHH Hoa Sen"
        account_id = new_id(sugar.set_entry(session=session, module_name="Accounts", name_value_list=nvl({"name": account_name})))
        report["account_id"] = account_id

        link = sugar.set_relationship(
            session=session, module_name="Leads", module_id=lead_id, link_field_name="accounts",
            related_ids={"string": [account_id]}, name_value_list={"name_value": []}, delete=0,
        )
        report["relationship"] = {"created": link.created, "failed": link.failed, "deleted": link.deleted}

        related = sugar.get_relationships(
            session=session, module_name="Leads", module_id=lead_id, link_field_name="accounts",
            related_module_query="", related_fields={"string": ["id", "name"]},
            related_module_link_name_to_fields_array={"link_name_to_fields_array": []},
            deleted=0, order_by="", offset=0, limit=10,
        )
        report["related"] = [{"id": e.id, "name": values(e.name_value_list).get("name")} for e in entries(related.entry_list)]
        report["relationship_found"] = {"id": account_id, "name": account_name} in report["related"]
        if not report["relationship_found"]:
            self.fail("relationship", "account %s not read back: %r" % (account_id, report["related"]))

        sugar.logout(session=session)
        report["logged_out"] = True

        report["faults"] = {
            "wrong_password": self.expect_fault("wrong_password", lambda: sugar.login(
                user_auth={"user_name": user, "password": md5_hex(password + "-wrong")},
                application_name="interop-zeep", name_value_list={"name_value": []})),
            "bad_session": self.expect_fault("bad_session", lambda: sugar.get_user_id(session="no-such-session")),
            "after_logout": self.expect_fault("after_logout", lambda: sugar.get_user_id(session=session)),
        }


def main(argv):
    if len(argv) != 5:
        print("usage: sugar_client.py <wsdl-url> <user> <password> <query>", file=sys.stderr)
        return 2
    report = {"client": "zeep", "errors": []}
    try:
        run = Run()
        report = run.report
        run.run(*argv[1:])
    except Exception as e:  # anything unexpected still ends in the JSON report
        report["errors"].append({"step": "unexpected", "message": "%s: %s" % (type(e).__name__, e)})
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if not report["errors"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
