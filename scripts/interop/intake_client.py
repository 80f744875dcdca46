#!/usr/bin/python3
"""Partner lead intake with Python zeep: v4_1 set_entry and the typed LeadIntake.svc.

    /usr/bin/python3 scripts/interop/intake_client.py <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>

Against a server configured with Intake:DuplicateActions:email=block: submits a lead through v4_1
set_entry with a partner_ref and again (the same id must come back), submits a second lead with the
first one's email (fault 50 expected), then through LeadIntake.svc logs in, submits a lead (Created),
resubmits its partner_ref (Existing, same id) and reads its status by partner_ref.
Prints one JSON object on stdout; exits 1 if any step went differently than expected, 2 on bad
usage. The steps mirror intake_client.php so both clients are held to the same checks.
"""

import json
import sys
import uuid

from sugar_zeep import SUGAR_NS, fault_number, md5_hex, new_id, nvl


class Run:
    def __init__(self):
        import zeep  # imported here so a missing zeep is reported in the JSON, not as a traceback

        self.zeep = zeep
        self.report = {"client": "zeep " + zeep.__version__, "errors": []}

    def fail(self, step, message):
        self.report["errors"].append({"step": step, "message": message})

    def run(self, sugar_wsdl, intake_wsdl, user, password):
        report = self.report
        tag = uuid.uuid4().hex[:8]
        sugar = self.zeep.Client(sugar_wsdl).service
        session = sugar.login(
            user_auth={"user_name": user, "password": md5_hex(password)},
            application_name="interop-zeep-intake", name_value_list={"name_value": []},
        ).id

        lead = {"last_name": "Tr\u1ea7n", "first_name": "V\u0103n B\u00ecnh", "partner_ref": "ZEEP-V41-" + tag,
                "email1": "binh.tran.%s@zeep.example.vn" % tag}
        first = new_id(sugar.set_entry(session=session, module_name="Leads", name_value_list=nvl(lead)))
        again = new_id(sugar.set_entry(session=session, module_name="Leads", name_value_list=nvl(lead)))
        report["v41_first_id"] = first
        report["v41_resubmitted_id"] = again
        report["v41_same_id"] = bool(first) and first == again
        if not report["v41_same_id"]:
            self.fail("v41_partner_ref", "resubmission gave %r, first %r" % (again, first))

        copy = dict(lead, partner_ref="ZEEP-V41-COPY-" + tag, last_name="Tran")
        try:
            sugar.set_entry(session=session, module_name="Leads", name_value_list=nvl(copy))
            report["v41_duplicate_fault"] = None
            self.fail("v41_duplicate", "a lead with the same email was accepted; fault 50 expected")
        except self.zeep.exceptions.Fault as fault:
            report["v41_duplicate_fault"] = fault_number(fault)
            report["v41_duplicate_names_first"] = first in (fault.detail.findtext(".//{%s}description" % SUGAR_NS) or "")
            if report["v41_duplicate_fault"] != 50:
                self.fail("v41_duplicate", "fault %r: %s" % (report["v41_duplicate_fault"], fault.message))

        intake = self.zeep.Client(intake_wsdl).service
        intake_session = intake.Login(user_name=user, password=password, encryption="PLAIN")
        report["intake_logged_in"] = bool(intake_session)
        submission = {"partner_ref": "ZEEP-SVC-" + tag, "last_name": "L\u00ea", "first_name": "Th\u1ecb Mai",
                      "email": "mai.le.%s@zeep.example.vn" % tag, "account_name": "C\u00f4ng ty TNHH Sao Mai",
                      "extra_fields": {"field": [{"name": "department", "value": "Kinh doanh"}]}}
        created = intake.SubmitLead(session=intake_session, lead=submission)
        resubmitted = intake.SubmitLead(session=intake_session, lead=submission)
        report["intake_created"] = {"outcome": created.outcome, "id": created.id, "partner_ref": created.partner_ref}
        report["intake_resubmitted"] = {"outcome": resubmitted.outcome, "id": resubmitted.id}
        if created.outcome != "Created" or resubmitted.outcome != "Existing" or created.id != resubmitted.id:
            self.fail("intake_submit", "got %r then %r" % (report["intake_created"], report["intake_resubmitted"]))

        status = intake.GetLeadStatus(session=intake_session, id="", partner_ref=submission["partner_ref"])
        report["intake_status"] = {"id": status.id, "status": status.status, "last_name": status.last_name}
        if status.id != created.id:
            self.fail("intake_status", "status by partner_ref named %r, not %r" % (status.id, created.id))


def main(argv):
    if len(argv) != 5:
        print("usage: intake_client.py <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>", file=sys.stderr)
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
