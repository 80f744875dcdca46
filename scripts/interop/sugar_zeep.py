"""Helpers shared by the zeep interop scripts (sugar_client.py, intake_client.py)."""

import hashlib

SUGAR_NS = "http://www.sugarcrm.com/sugarcrm"


def md5_hex(text):
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def nvl(values):
    return {"name_value": [{"name": k, "value": v} for k, v in values.items()]}


def new_id(result):
    # new_set_entry_result's id; zeep hands back the bare value of a one-member result.
    return result if isinstance(result, str) else result.id


def fault_number(fault):
    """The SugarCRM number in a fault's error_value detail, or None when the detail lacks one."""
    if fault.detail is None:
        return None
    number = fault.detail.findtext(".//{%s}error_value/{%s}number" % (SUGAR_NS, SUGAR_NS))
    try:
        return int(number)
    except (TypeError, ValueError):
        return None
