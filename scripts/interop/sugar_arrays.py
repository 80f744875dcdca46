#!/usr/bin/python3
"""Every operation with an array parameter, called with Python zeep from the served WSDLs alone.

    /usr/bin/python3 scripts/interop/sugar_arrays.py <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>

zeep builds each request from the WSDL (no hand-written XML); arguments are given in the shapes the
WSDL declares. Each step records what the server answered, and whether it did what was asked, in one
JSON object on stdout; the test reads it and checks the records through the server as well. Exits 1
if any step went differently than expected, 2 on bad usage. Mirrors sugar_arrays.php.
"""

import json
import sys
import uuid

from sugar_zeep import fault_number, md5_hex, new_id, nvl


def values(name_value_list):
    items = name_value_list.name_value if name_value_list is not None else []
    return {nv.name: nv.value if nv.value is not None else "" for nv in items or []}


def entries(entry_list):
    return list(entry_list.entry_value or []) if entry_list is not None else []


def strings(array):
    return list(array.string or []) if array is not None else []


def links(relationship_list):
    """relationship_list as [{link name: [{field: value}]}], parallel to the entries."""
    out = []
    for link_list2 in (relationship_list.link_list2 or []) if relationship_list is not None else []:
        per_entry = {}
        for link in (link_list2.link_list.link_name_value or []) if link_list2.link_list is not None else []:
            records = (link.records.link_value2 or []) if link.records is not None else []
            per_entry[link.name] = [values(r.link_value) for r in records]
        out.append(per_entry)
    return out


class Run:
    def __init__(self):
        import zeep  # imported here so a missing zeep is reported in the JSON, not as a traceback

        self.zeep = zeep
        self.report = {"client": "zeep " + zeep.__version__, "errors": []}

    def check(self, step, ok, message):
        self.report.setdefault("checked", []).append(step)
        if not ok:
            self.report["errors"].append({"step": step, "message": message})

    def run(self, sugar_wsdl, intake_wsdl, user, password):
        report = self.report
        tag = uuid.uuid4().hex[:8]
        report["tag"] = tag
        sugar = self.zeep.Client(sugar_wsdl).service

        # login: name_value_list
        session = sugar.login(
            user_auth={"user_name": user, "password": md5_hex(password)},
            application_name="interop-arrays", name_value_list=nvl({"language": "en_us", "notifyonsave": "0"}),
        ).id
        self.check("login", bool(sugar.get_user_id(session=session)), "the session from login does not work")

        # get_module_fields: fields
        fields = sugar.get_module_fields(session=session, module_name="Leads", fields={"string": ["last_name", "email1", "accounts"]})
        got = sorted(f.name for f in fields.module_fields.field or []) + sorted(l.name for l in fields.link_fields.link_field or [])
        report["module_fields"] = got
        self.check("get_module_fields", got == ["email1", "last_name", "accounts"], "asked for last_name, email1, accounts; got %r" % got)

        # set_entries: name_value_lists
        leads = [
            {"first_name": "An", "last_name": "Arrays-%s-1" % tag, "lead_source": "Partner", "department": "Kinh doanh"},
            {"first_name": "B\u00ecnh", "last_name": "Arrays-%s-2" % tag, "lead_source": "Web Site", "department": "K\u1ebf to\u00e1n"},
        ]
        written = sugar.set_entries(session=session, module_name="Leads", name_value_lists={"name_value_list": [nvl(l) for l in leads]})
        lead_ids = strings(written.ids)
        report["set_entries"] = {"ids": lead_ids, "errors": len(written.errors.set_entries_error or []) if written.errors is not None else 0}
        report["leads"] = leads
        self.check("set_entries", len(lead_ids) == 2 and all(lead_ids) and report["set_entries"]["errors"] == 0,
                   "set_entries answered %r" % report["set_entries"])

        # set_entry: name_value_list
        account_names = ["C\u00f4ng ty A %s" % tag, "C\u00f4ng ty B %s" % tag]
        account_ids = [new_id(sugar.set_entry(session=session, module_name="Accounts", name_value_list=nvl({"name": n}))) for n in account_names]
        report["account_ids"] = account_ids

        # set_relationship: related_ids, name_value_list
        linked = sugar.set_relationship(
            session=session, module_name="Accounts", module_id=account_ids[0], link_field_name="leads",
            related_ids={"string": lead_ids}, name_value_list=nvl({}), delete=0)
        report["set_relationship"] = {"created": linked.created, "failed": linked.failed}
        self.check("set_relationship", linked.created == 2 and linked.failed == 0, "set_relationship answered %r" % report["set_relationship"])

        # set_relationships: module_names, module_ids, link_field_names, related_ids, name_value_lists, delete_array
        # (a lead has one account: linking lead 2 to B moves it off A)
        both = sugar.set_relationships(
            session=session, module_names={"string": ["Leads", "Accounts"]}, module_ids={"string": [lead_ids[1], account_ids[0]]},
            link_field_names={"string": ["accounts", "members"]},
            related_ids={"select_fields": [{"string": [account_ids[1]]}, {"string": [account_ids[1]]}]},
            name_value_lists={"name_value_list": [nvl({}), nvl({})]}, delete_array={"int": [0, 0]})
        unlinked = sugar.set_relationships(
            session=session, module_names={"string": ["Accounts"]}, module_ids={"string": [account_ids[0]]},
            link_field_names={"string": ["members"]}, related_ids={"select_fields": [{"string": [account_ids[1]]}]},
            name_value_lists={"name_value_list": [nvl({})]}, delete_array={"int": [1]})
        report["set_relationships"] = {"created": both.created, "failed": both.failed, "deleted": unlinked.deleted}
        self.check("set_relationships", both.created == 2 and both.failed == 0 and unlinked.deleted == 1,
                   "set_relationships answered %r" % report["set_relationships"])

        # get_relationships: related_fields, related_module_link_name_to_fields_array
        related = sugar.get_relationships(
            session=session, module_name="Accounts", module_id=account_ids[0], link_field_name="leads",
            related_module_query="", related_fields={"string": ["id", "last_name"]},
            related_module_link_name_to_fields_array={"link_name_to_fields_array": [{"name": "accounts", "value": {"string": ["name"]}}]},
            deleted=0, order_by="", offset=0, limit=10)
        got = [values(e.name_value_list) for e in entries(related.entry_list)]
        report["get_relationships"] = got
        self.check("get_relationships", got == [{"id": lead_ids[0], "last_name": leads[0]["last_name"]}],
                   "account A's leads after lead 2 moved to B: %r" % got)
        got = links(related.relationship_list)
        self.check("get_relationships_links", got == [{"accounts": [{"name": account_names[0]}]}], "lead 1's accounts: %r" % got)

        # get_entry: select_fields, link_name_to_fields_array
        one = sugar.get_entry(
            session=session, module_name="Leads", id=lead_ids[1], select_fields={"string": ["last_name", "department"]},
            link_name_to_fields_array={"link_name_to_fields_array": [{"name": "accounts", "value": {"string": ["id", "name"]}}]},
            track_view=False)
        got = values(entries(one.entry_list)[0].name_value_list)
        report["get_entry"] = got
        self.check("get_entry", got == {"last_name": leads[1]["last_name"], "department": leads[1]["department"]}, "get_entry gave %r" % got)
        got = links(one.relationship_list)
        self.check("get_entry_links", got == [{"accounts": [{"id": account_ids[1], "name": account_names[1]}]}], "lead 2's accounts: %r" % got)

        # get_entries: ids, select_fields, link_name_to_fields_array
        many = sugar.get_entries(
            session=session, module_name="Leads", ids={"string": [lead_ids[1], lead_ids[0]]}, select_fields={"string": ["id", "lead_source"]},
            link_name_to_fields_array={"link_name_to_fields_array": []}, track_view=False)
        got = [values(e.name_value_list) for e in entries(many.entry_list)]
        self.check("get_entries", got == [{"id": lead_ids[1], "lead_source": "Web Site"}, {"id": lead_ids[0], "lead_source": "Partner"}],
                   "get_entries gave %r" % got)

        # get_entry_list: select_fields, link_name_to_fields_array
        listed = sugar.get_entry_list(
            session=session, module_name="Leads", query="leads.last_name LIKE 'Arrays-%s-%%'" % tag, order_by="last_name",
            offset=0, select_fields={"string": ["last_name"]},
            link_name_to_fields_array={"link_name_to_fields_array": [{"name": "accounts", "value": {"string": ["name"]}}]},
            max_results=10, deleted=0, favorites=False)
        got = [values(e.name_value_list) for e in entries(listed.entry_list)]
        self.check("get_entry_list", got == [{"last_name": l["last_name"]} for l in leads], "get_entry_list gave %r" % got)
        got = [sorted(r["name"] for r in per.get("accounts", [])) for per in links(listed.relationship_list)]
        self.check("get_entry_list_links", got == [[account_names[0]], [account_names[1]]], "relationship_list gave %r" % got)

        # search_by_module: modules, select_fields
        found = sugar.search_by_module(
            session=session, search_string="Arrays-%s" % tag, modules={"string": ["Leads", "Accounts"]}, offset=0, max_results=10,
            assigned_user_id="", select_fields={"string": ["id", "last_name"]}, unified_search_only=False, favorites=False)
        got = {}
        # zeep hands back the bare entry_list of a one-member result
        hits = getattr(found, "entry_list", found)
        for hit in (hits.search_link_name_value or []) if hits is not None else []:
            records = (hit.records.link_value2 or []) if hit.records is not None else []
            got[hit.name] = sorted(values(r.link_value).get("id", "") for r in records)
        self.check("search_by_module", got.get("Leads") == sorted(lead_ids) and not got.get("Accounts"), "search_by_module gave %r" % got)

        # find_duplicates: name_value_list
        dupes = sugar.find_duplicates(session=session, module_name="Leads",
                                      name_value_list=nvl({"first_name": "An", "last_name": leads[0]["last_name"], "account_name": account_names[0]}))
        got = [d.id for d in (dupes.entry_list.duplicate_entry or [])] if dupes.entry_list is not None else []
        self.check("find_duplicates", account_ids[0] in got, "find_duplicates did not name account A: %r" % got)

        # convert_lead: name_value_list
        converted = sugar.convert_lead(session=session, lead_id=lead_ids[0], name_value_list=nvl({
            "account_id": account_ids[0], "create_opportunity": "1", "opportunity_name": "C\u01a1 h\u1ed9i %s" % tag,
            "opportunity_amount": "1000000", "date_closed": "2027-06-30"}))
        report["convert_lead"] = {"contact_id": converted.contact_id, "account_id": converted.account_id, "opportunity_id": converted.opportunity_id}
        self.check("convert_lead", converted.account_id == account_ids[0] and bool(converted.opportunity_id) and bool(converted.contact_id),
                   "convert_lead answered %r" % report["convert_lead"])

        # convert_prospect: name_value_list
        prospect_id = new_id(sugar.set_entry(session=session, module_name="Prospects",
                                             name_value_list=nvl({"first_name": "Chi", "last_name": "Arrays-%s-3" % tag})))
        turned = sugar.convert_prospect(session=session, prospect_id=prospect_id, name_value_list=nvl({"lead_source": "Conference"}))
        report["convert_prospect"] = {"prospect_id": prospect_id, "lead_id": turned.lead_id}
        self.check("convert_prospect", bool(turned.lead_id), "convert_prospect answered %r" % report["convert_prospect"])

        # LeadIntake.svc SubmitLeads: leads (each with extra_fields)
        intake = self.zeep.Client(intake_wsdl).service
        intake_session = intake.Login(user_name=user, password=password, encryption="PLAIN")
        batch = [
            {"partner_ref": "ARR-%s-1" % tag, "last_name": "Arrays-%s-4" % tag, "first_name": "Dung",
             "extra_fields": {"field": [{"name": "department", "value": "Mua h\u00e0ng"}, {"name": "website", "value": "https://a.example.vn"}]}},
            {"partner_ref": "ARR-%s-2" % tag, "last_name": "Arrays-%s-5" % tag, "first_name": "Giang",
             "extra_fields": {"field": [{"name": "department", "value": "Kho"}]}},
        ]
        receipts = intake.SubmitLeads(session=intake_session, leads={"LeadSubmission": batch})
        report["submit_leads"] = [{"outcome": r.outcome, "id": r.id, "partner_ref": r.partner_ref} for r in receipts or []]
        report["submitted"] = batch
        self.check("submit_leads", [r["outcome"] for r in report["submit_leads"]] == ["Created", "Created"]
                   and [r["partner_ref"] for r in report["submit_leads"]] == [b["partner_ref"] for b in batch],
                   "SubmitLeads answered %r" % report["submit_leads"])

        sugar.logout(session=session)


def main(argv):
    if len(argv) != 5:
        print("usage: sugar_arrays.py <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>", file=sys.stderr)
        return 2
    report = {"client": "zeep", "errors": []}
    try:
        run = Run()
        report = run.report
        run.run(*argv[1:])
    except Exception as e:  # anything unexpected still ends in the JSON report
        number = fault_number(e) if hasattr(e, "detail") else None
        report["errors"].append({"step": "unexpected", "message": "%s: %s (fault %r)" % (type(e).__name__, e, number)})
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if not report["errors"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
