<?php
// Interop check with PHP's own SoapClient (ext/soap) against the served SugarCRM v4_1 WSDL.
//
//   php scripts/interop/sugar_client.php <wsdl-url> <user> <password> <query>
//
// Creates a Lead with Vietnamese names, reads it back, finds it with <query> and as a duplicate
// (find_duplicates, same email in capitals, unaccented name), links an Account,
// reads the link back, logs out, then provokes faults 10 (wrong password) and 11 (bad session).
// Prints one JSON object on stdout; exits 1 if any step went differently than expected, 2 on
// bad usage. The steps mirror sugar_client.py so both clients are held to the same checks.

declare(strict_types=1);

const EXPECTED_FAULTS = ['wrong_password' => 10, 'bad_session' => 11, 'after_logout' => 11];

if ($argc !== 5) {
    fwrite(STDERR, "usage: php sugar_client.php <wsdl-url> <user> <password> <query>\n");
    exit(2);
}
[, $wsdl, $user, $password, $query] = $argv;

$report = [
    'client' => 'php-soapclient ' . PHP_VERSION,
    'errors' => [],
];

/** Records an unexpected outcome of a step; the script then exits non-zero. */
function fail(array &$report, string $step, string $message): void
{
    $report['errors'][] = ['step' => $step, 'message' => $message];
}

/** @return array<string,string> name => value of a name_value list as PHP decodes it. */
function values($nameValueList): array
{
    $out = [];
    foreach ($nameValueList->name_value ?? [] as $nv) {
        $out[(string)$nv->name] = (string)($nv->value ?? '');
    }
    return $out;
}

function nvl(array $values): array
{
    $items = [];
    foreach ($values as $name => $value) {
        $items[] = ['name' => $name, 'value' => $value];
    }
    return ['name_value' => $items];
}

/** The SugarCRM number in a fault's error_value detail, or null when the detail does not carry one. */
function faultNumber(SoapFault $fault): ?int
{
    $detail = $fault->detail ?? null;
    $number = $detail->error_value->number ?? null;
    return is_numeric($number) ? (int)$number : null;
}

/** Runs a call that must fault; returns the fault's SugarCRM number (null if it did not fault). */
function expectFault(array &$report, string $step, callable $call): ?int
{
    try {
        $call();
    } catch (SoapFault $fault) {
        $number = faultNumber($fault);
        if ($number !== EXPECTED_FAULTS[$step]) {
            fail($report, $step, "fault number " . var_export($number, true) . " (faultstring: {$fault->getMessage()}), expected " . EXPECTED_FAULTS[$step]);
        }
        return $number;
    }
    fail($report, $step, 'the call succeeded; a fault was expected');
    return null;
}

try {
    $client = new SoapClient($wsdl, [
        'trace' => 1,
        'cache_wsdl' => WSDL_CACHE_NONE,
        'exceptions' => true,
        'features' => SOAP_SINGLE_ELEMENT_ARRAYS,
        'connection_timeout' => 10,
    ]);

    $login = $client->login([
        'user_auth' => ['user_name' => $user, 'password' => md5($password)],
        'application_name' => 'interop-php',
        'name_value_list' => ['name_value' => []],
    ])->loginResult;
    $session = (string)$login->id;
    $report['logged_in'] = $session !== '';

    $lead = [
        'first_name' => "Th\u{1ECB} H\u{1ED3}ng Nhung",
        'last_name' => "Nguy\u{1EC5}n",
        'email1' => 'nhung.nguyen+php@example.vn',
        'lead_source' => 'Partner',
    ];
    $leadId = (string)$client->set_entry([
        'session' => $session, 'module_name' => 'Leads', 'name_value_list' => nvl($lead),
    ])->set_entryResult->id;
    $report['lead_id'] = $leadId;

    $entry = $client->get_entry([
        'session' => $session, 'module_name' => 'Leads', 'id' => $leadId,
        'select_fields' => ['string' => array_keys($lead)],
        'link_name_to_fields_array' => ['link_name_to_fields_array' => []],
        'track_view' => false,
    ])->get_entryResult->entry_list->entry_value[0];
    $readBack = array_intersect_key(values($entry->name_value_list), $lead);
    $report['read_back'] = $readBack;
    $report['roundtrip_equal'] = true;
    foreach ($lead as $name => $sent) {
        // === on PHP strings compares bytes: any re-encoding or normalisation shows up here.
        if (($readBack[$name] ?? null) !== $sent) {
            $report['roundtrip_equal'] = false;
            fail($report, 'roundtrip', "$name came back as " . var_export($readBack[$name] ?? null, true) . ', sent ' . var_export($sent, true));
        }
    }

    try {
        $list = $client->get_entry_list([
            'session' => $session, 'module_name' => 'Leads', 'query' => $query, 'order_by' => '', 'offset' => 0,
            'select_fields' => ['string' => ['id', 'last_name']],
            'link_name_to_fields_array' => ['link_name_to_fields_array' => []],
            'max_results' => 50, 'deleted' => 0, 'favorites' => false,
        ])->get_entry_listResult;
        $ids = array_map(fn($e) => (string)$e->id, $list->entry_list->entry_value ?? []);
        $report['query_result_count'] = (int)$list->result_count;
        $report['query_found'] = in_array($leadId, $ids, true);
        if (!$report['query_found']) {
            fail($report, 'query', "lead $leadId not among " . json_encode($ids));
        }
    } catch (SoapFault $fault) {
        // Kept apart so the rest still runs and the report says exactly which step failed.
        $report['query_found'] = false;
        fail($report, 'query', 'fault ' . var_export(faultNumber($fault), true) . ': ' . $fault->getMessage());
    }

    try {
        $found = $client->find_duplicates([
            'session' => $session, 'module_name' => 'Leads',
            'name_value_list' => nvl(['last_name' => 'Nguyen', 'email1' => strtoupper($lead['email1'])]),
        ])->find_duplicatesResult;
        $report['duplicates'] = array_map(fn($d) => [
            'id' => (string)$d->id, 'module_name' => (string)$d->module_name, 'rule' => (string)$d->rule,
            'score' => (float)$d->score, 'last_name' => values($d->name_value_list)['last_name'] ?? null,
        ], $found->entry_list->duplicate_entry ?? []);
        $report['duplicates_result_count'] = (int)$found->result_count;
        $report['duplicate_found'] = in_array(true, array_map(
            fn($d) => $d['id'] === $leadId && $d['rule'] === 'email', $report['duplicates']), true);
        if (!$report['duplicate_found']) {
            fail($report, 'find_duplicates', "lead $leadId not found by email among " . json_encode($report['duplicates'], JSON_UNESCAPED_UNICODE));
        }
    } catch (SoapFault $fault) {
        $report['duplicate_found'] = false;
        fail($report, 'find_duplicates', 'fault ' . var_export(faultNumber($fault), true) . ': ' . $fault->getMessage());
    }

    $accountName = "C\u{00F4}ng ty TNHH Hoa Sen";
    $accountId = (string)$client->set_entry([
        'session' => $session, 'module_name' => 'Accounts', 'name_value_list' => nvl(['name' => $accountName]),
    ])->set_entryResult->id;
    $report['account_id'] = $accountId;

    $link = $client->set_relationship([
        'session' => $session, 'module_name' => 'Leads', 'module_id' => $leadId, 'link_field_name' => 'accounts',
        'related_ids' => ['string' => [$accountId]], 'name_value_list' => ['name_value' => []], 'delete' => 0,
    ])->set_relationshipResult;
    $report['relationship'] = ['created' => (int)$link->created, 'failed' => (int)$link->failed, 'deleted' => (int)$link->deleted];

    $related = $client->get_relationships([
        'session' => $session, 'module_name' => 'Leads', 'module_id' => $leadId, 'link_field_name' => 'accounts',
        'related_module_query' => '', 'related_fields' => ['string' => ['id', 'name']],
        'related_module_link_name_to_fields_array' => ['link_name_to_fields_array' => []],
        'deleted' => 0, 'order_by' => '', 'offset' => 0, 'limit' => 10,
    ])->get_relationshipsResult;
    $report['related'] = array_map(
        fn($e) => ['id' => (string)$e->id, 'name' => values($e->name_value_list)['name'] ?? null],
        $related->entry_list->entry_value ?? []);
    $report['relationship_found'] = in_array(['id' => $accountId, 'name' => $accountName], $report['related'], true);
    if (!$report['relationship_found']) {
        fail($report, 'relationship', "account $accountId not read back: " . json_encode($report['related'], JSON_UNESCAPED_UNICODE));
    }

    $client->logout(['session' => $session]);
    $report['logged_out'] = true;

    $report['faults'] = [
        'wrong_password' => expectFault($report, 'wrong_password', fn() => $client->login([
            'user_auth' => ['user_name' => $user, 'password' => md5($password . '-wrong')],
            'application_name' => 'interop-php', 'name_value_list' => ['name_value' => []],
        ])),
        'bad_session' => expectFault($report, 'bad_session', fn() => $client->get_user_id(['session' => 'no-such-session'])),
        'after_logout' => expectFault($report, 'after_logout', fn() => $client->get_user_id(['session' => $session])),
    ];
} catch (Throwable $e) {
    $last = isset($client) ? $client->__getLastResponse() : null;
    fail($report, 'unexpected', get_class($e) . ': ' . $e->getMessage() . ($last ? "\nlast response: $last" : ''));
}

echo json_encode($report, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
exit($report['errors'] === [] ? 0 : 1);
