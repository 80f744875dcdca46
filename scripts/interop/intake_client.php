<?php
// Partner lead intake with PHP's SoapClient (ext/soap): v4_1 set_entry and the typed LeadIntake.svc.
//
//   php scripts/interop/intake_client.php <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>
//
// Against a server configured with Intake:DuplicateActions:email=block: submits a lead through v4_1
// set_entry with a partner_ref and again (the same id must come back), submits a second lead with
// the first one's email (fault 50 expected), then through LeadIntake.svc logs in, submits a lead
// (Created), resubmits its partner_ref (Existing, same id) and reads its status by partner_ref.
// Prints one JSON object on stdout; exits 1 if any step went differently than expected, 2 on bad
// usage. The steps mirror intake_client.py so both clients are held to the same checks.

declare(strict_types=1);

if ($argc !== 5) {
    fwrite(STDERR, "usage: php intake_client.php <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>\n");
    exit(2);
}
[, $sugarWsdl, $intakeWsdl, $user, $password] = $argv;

$report = ['client' => 'php-soapclient ' . PHP_VERSION, 'errors' => []];

function fail(array &$report, string $step, string $message): void
{
    $report['errors'][] = ['step' => $step, 'message' => $message];
}

function nvl(array $values): array
{
    $items = [];
    foreach ($values as $name => $value) {
        $items[] = ['name' => $name, 'value' => $value];
    }
    return ['name_value' => $items];
}

function faultNumber(SoapFault $fault): ?int
{
    $number = $fault->detail->error_value->number ?? null;
    return is_numeric($number) ? (int)$number : null;
}

$options = ['trace' => 1, 'cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true, 'features' => SOAP_SINGLE_ELEMENT_ARRAYS, 'connection_timeout' => 10];

try {
    $tag = bin2hex(random_bytes(4));
    $sugar = new SoapClient($sugarWsdl, $options);
    $session = (string)$sugar->login([
        'user_auth' => ['user_name' => $user, 'password' => md5($password)],
        'application_name' => 'interop-php-intake',
        'name_value_list' => ['name_value' => []],
    ])->loginResult->id;

    $lead = ['last_name' => "Tr\u{1EA7}n", 'first_name' => "V\u{0103}n B\u{00EC}nh", 'partner_ref' => "PHP-V41-$tag",
        'email1' => "binh.tran.$tag@php.example.vn"];
    $setEntry = fn(array $values) => (string)$sugar->set_entry([
        'session' => $session, 'module_name' => 'Leads', 'name_value_list' => nvl($values),
    ])->set_entryResult->id;
    $first = $setEntry($lead);
    $again = $setEntry($lead);
    $report['v41_first_id'] = $first;
    $report['v41_resubmitted_id'] = $again;
    $report['v41_same_id'] = $first !== '' && $first === $again;
    if (!$report['v41_same_id']) {
        fail($report, 'v41_partner_ref', "resubmission gave '$again', first '$first'");
    }

    try {
        $setEntry(array_merge($lead, ['partner_ref' => "PHP-V41-COPY-$tag", 'last_name' => 'Tran']));
        $report['v41_duplicate_fault'] = null;
        fail($report, 'v41_duplicate', 'a lead with the same email was accepted; fault 50 expected');
    } catch (SoapFault $fault) {
        $report['v41_duplicate_fault'] = faultNumber($fault);
        $report['v41_duplicate_names_first'] = str_contains((string)($fault->detail->error_value->description ?? ''), $first);
        if ($report['v41_duplicate_fault'] !== 50) {
            fail($report, 'v41_duplicate', 'fault ' . var_export($report['v41_duplicate_fault'], true) . ': ' . $fault->getMessage());
        }
    }

    $intake = new SoapClient($intakeWsdl, $options);
    $intakeSession = (string)$intake->Login(['user_name' => $user, 'password' => $password, 'encryption' => 'PLAIN'])->LoginResult;
    $report['intake_logged_in'] = $intakeSession !== '';
    $submission = [
        'partner_ref' => "PHP-SVC-$tag", 'last_name' => "L\u{00EA}", 'first_name' => "Th\u{1ECB} Mai",
        'email' => "mai.le.$tag@php.example.vn", 'account_name' => "C\u{00F4}ng ty TNHH Sao Mai",
        'extra_fields' => ['field' => [['name' => 'department', 'value' => 'Kinh doanh']]],
    ];
    $submit = fn() => $intake->SubmitLead(['session' => $intakeSession, 'lead' => $submission])->SubmitLeadResult;
    $created = $submit();
    $resubmitted = $submit();
    $report['intake_created'] = ['outcome' => (string)$created->outcome, 'id' => (string)$created->id, 'partner_ref' => (string)$created->partner_ref];
    $report['intake_resubmitted'] = ['outcome' => (string)$resubmitted->outcome, 'id' => (string)$resubmitted->id];
    if ($created->outcome !== 'Created' || $resubmitted->outcome !== 'Existing' || $created->id !== $resubmitted->id) {
        fail($report, 'intake_submit', 'got ' . json_encode($report['intake_created']) . ' then ' . json_encode($report['intake_resubmitted']));
    }

    $status = $intake->GetLeadStatus(['session' => $intakeSession, 'id' => '', 'partner_ref' => $submission['partner_ref']])->GetLeadStatusResult;
    $report['intake_status'] = ['id' => (string)$status->id, 'status' => (string)$status->status, 'last_name' => (string)$status->last_name];
    if ($status->id !== $created->id) {
        fail($report, 'intake_status', "status by partner_ref named '{$status->id}', not '{$created->id}'");
    }
} catch (Throwable $e) {
    $last = isset($intake) ? $intake->__getLastResponse() : (isset($sugar) ? $sugar->__getLastResponse() : null);
    fail($report, 'unexpected', get_class($e) . ': ' . $e->getMessage() . ($last ? "\nlast response: $last" : ''));
}

echo json_encode($report, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
exit($report['errors'] === [] ? 0 : 1);
