<?php
// Every operation with an array parameter, called with PHP's SoapClient in WSDL mode from the served
// WSDLs alone.
//
//   php scripts/interop/sugar_arrays.php <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>
//
// SoapClient builds each request from the WSDL (no hand-written XML); arguments are given in the
// shapes the WSDL declares. Each step records what the server answered, and whether it did what was
// asked, in one JSON object on stdout; the test reads it and checks the records through the server as
// well. Exits 1 if any step went differently than expected, 2 on bad usage. Mirrors sugar_arrays.py.

declare(strict_types=1);

if ($argc !== 5) {
    fwrite(STDERR, "usage: php sugar_arrays.php <v4_1-wsdl-url> <intake-wsdl-url> <user> <password>\n");
    exit(2);
}
[, $sugarWsdl, $intakeWsdl, $user, $password] = $argv;

$report = ['client' => 'php-soapclient ' . PHP_VERSION, 'errors' => [], 'checked' => []];

function check(array &$report, string $step, bool $ok, string $message): void
{
    $report['checked'][] = $step;
    if (!$ok) {
        $report['errors'][] = ['step' => $step, 'message' => $message];
    }
}

function nvl(array $values): array
{
    $items = [];
    foreach ($values as $name => $value) {
        $items[] = ['name' => $name, 'value' => $value];
    }
    return ['name_value' => $items];
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

function entries($entryList): array
{
    return $entryList->entry_value ?? [];
}

/** relationship_list as [[link name => [[field => value]]]], parallel to the entries. */
function links($relationshipList): array
{
    $out = [];
    foreach ($relationshipList->link_list2 ?? [] as $linkList2) {
        $perEntry = [];
        foreach ($linkList2->link_list->link_name_value ?? [] as $link) {
            $perEntry[(string)$link->name] = array_map(fn($r) => values($r->link_value), $link->records->link_value2 ?? []);
        }
        $out[] = $perEntry;
    }
    return $out;
}

function client(string $wsdl): SoapClient
{
    return new SoapClient($wsdl, [
        'trace' => 1, 'cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true,
        'features' => SOAP_SINGLE_ELEMENT_ARRAYS, 'connection_timeout' => 10,
    ]);
}

try {
    $tag = substr(bin2hex(random_bytes(4)), 0, 8);
    $report['tag'] = $tag;
    $sugar = client($sugarWsdl);
    $noLinks = ['link_name_to_fields_array' => []];

    // login: name_value_list
    $session = (string)$sugar->login([
        'user_auth' => ['user_name' => $user, 'password' => md5($password)],
        'application_name' => 'interop-arrays', 'name_value_list' => nvl(['language' => 'en_us', 'notifyonsave' => '0']),
    ])->loginResult->id;
    check($report, 'login', (string)$sugar->get_user_id(['session' => $session])->get_user_idResult !== '', 'the session from login does not work');

    // get_module_fields: fields
    $fields = $sugar->get_module_fields(['session' => $session, 'module_name' => 'Leads', 'fields' => ['string' => ['last_name', 'email1', 'accounts']]])
        ->get_module_fieldsResult;
    $names = array_map(fn($f) => (string)$f->name, $fields->module_fields->field ?? []);
    sort($names);
    $got = array_merge($names, array_map(fn($l) => (string)$l->name, $fields->link_fields->link_field ?? []));
    $report['module_fields'] = $got;
    check($report, 'get_module_fields', $got === ['email1', 'last_name', 'accounts'], 'asked for last_name, email1, accounts; got ' . json_encode($got));

    // set_entries: name_value_lists
    $leads = [
        ['first_name' => 'An', 'last_name' => "Arrays-$tag-1", 'lead_source' => 'Partner', 'department' => 'Kinh doanh'],
        ['first_name' => "B\u{00EC}nh", 'last_name' => "Arrays-$tag-2", 'lead_source' => 'Web Site', 'department' => "K\u{1EBF} to\u{00E1}n"],
    ];
    $written = $sugar->set_entries(['session' => $session, 'module_name' => 'Leads', 'name_value_lists' => ['name_value_list' => array_map('nvl', $leads)]])
        ->set_entriesResult;
    $leadIds = array_map('strval', $written->ids->string ?? []);
    $report['set_entries'] = ['ids' => $leadIds, 'errors' => count($written->errors->set_entries_error ?? [])];
    $report['leads'] = $leads;
    check($report, 'set_entries', count($leadIds) === 2 && !in_array('', $leadIds, true) && $report['set_entries']['errors'] === 0,
        'set_entries answered ' . json_encode($report['set_entries']));

    // set_entry: name_value_list
    $accountNames = ["C\u{00F4}ng ty A $tag", "C\u{00F4}ng ty B $tag"];
    $accountIds = array_map(fn($n) => (string)$sugar->set_entry(['session' => $session, 'module_name' => 'Accounts', 'name_value_list' => nvl(['name' => $n])])
        ->set_entryResult->id, $accountNames);
    $report['account_ids'] = $accountIds;

    // set_relationship: related_ids, name_value_list
    $linked = $sugar->set_relationship([
        'session' => $session, 'module_name' => 'Accounts', 'module_id' => $accountIds[0], 'link_field_name' => 'leads',
        'related_ids' => ['string' => $leadIds], 'name_value_list' => nvl([]), 'delete' => 0,
    ])->set_relationshipResult;
    $report['set_relationship'] = ['created' => $linked->created, 'failed' => $linked->failed];
    check($report, 'set_relationship', $linked->created === 2 && $linked->failed === 0, 'set_relationship answered ' . json_encode($report['set_relationship']));

    // set_relationships: every parallel array (a lead has one account: linking lead 2 to B moves it off A)
    $both = $sugar->set_relationships([
        'session' => $session, 'module_names' => ['string' => ['Leads', 'Accounts']], 'module_ids' => ['string' => [$leadIds[1], $accountIds[0]]],
        'link_field_names' => ['string' => ['accounts', 'members']],
        'related_ids' => ['select_fields' => [['string' => [$accountIds[1]]], ['string' => [$accountIds[1]]]]],
        'name_value_lists' => ['name_value_list' => [nvl([]), nvl([])]], 'delete_array' => ['int' => [0, 0]],
    ])->set_relationshipsResult;
    $unlinked = $sugar->set_relationships([
        'session' => $session, 'module_names' => ['string' => ['Accounts']], 'module_ids' => ['string' => [$accountIds[0]]],
        'link_field_names' => ['string' => ['members']], 'related_ids' => ['select_fields' => [['string' => [$accountIds[1]]]]],
        'name_value_lists' => ['name_value_list' => [nvl([])]], 'delete_array' => ['int' => [1]],
    ])->set_relationshipsResult;
    $report['set_relationships'] = ['created' => $both->created, 'failed' => $both->failed, 'deleted' => $unlinked->deleted];
    check($report, 'set_relationships', $both->created === 2 && $both->failed === 0 && $unlinked->deleted === 1,
        'set_relationships answered ' . json_encode($report['set_relationships']));

    // get_relationships: related_fields, related_module_link_name_to_fields_array
    $related = $sugar->get_relationships([
        'session' => $session, 'module_name' => 'Accounts', 'module_id' => $accountIds[0], 'link_field_name' => 'leads',
        'related_module_query' => '', 'related_fields' => ['string' => ['id', 'last_name']],
        'related_module_link_name_to_fields_array' => ['link_name_to_fields_array' => [['name' => 'accounts', 'value' => ['string' => ['name']]]]],
        'deleted' => 0, 'order_by' => '', 'offset' => 0, 'limit' => 10,
    ])->get_relationshipsResult;
    $got = array_map(fn($e) => values($e->name_value_list), entries($related->entry_list));
    $report['get_relationships'] = $got;
    check($report, 'get_relationships', $got === [['id' => $leadIds[0], 'last_name' => $leads[0]['last_name']]],
        "account A's leads after lead 2 moved to B: " . json_encode($got));
    $got = links($related->relationship_list);
    check($report, 'get_relationships_links', $got === [['accounts' => [['name' => $accountNames[0]]]]], "lead 1's accounts: " . json_encode($got));

    // get_entry: select_fields, link_name_to_fields_array
    $one = $sugar->get_entry([
        'session' => $session, 'module_name' => 'Leads', 'id' => $leadIds[1], 'select_fields' => ['string' => ['last_name', 'department']],
        'link_name_to_fields_array' => ['link_name_to_fields_array' => [['name' => 'accounts', 'value' => ['string' => ['id', 'name']]]]],
        'track_view' => false,
    ])->get_entryResult;
    $got = values(entries($one->entry_list)[0]->name_value_list);
    $report['get_entry'] = $got;
    check($report, 'get_entry', $got === ['last_name' => $leads[1]['last_name'], 'department' => $leads[1]['department']], 'get_entry gave ' . json_encode($got));
    $got = links($one->relationship_list);
    check($report, 'get_entry_links', $got === [['accounts' => [['id' => $accountIds[1], 'name' => $accountNames[1]]]]], "lead 2's accounts: " . json_encode($got));

    // get_entries: ids, select_fields, link_name_to_fields_array
    $many = $sugar->get_entries([
        'session' => $session, 'module_name' => 'Leads', 'ids' => ['string' => [$leadIds[1], $leadIds[0]]],
        'select_fields' => ['string' => ['id', 'lead_source']], 'link_name_to_fields_array' => $noLinks, 'track_view' => false,
    ])->get_entriesResult;
    $got = array_map(fn($e) => values($e->name_value_list), entries($many->entry_list));
    check($report, 'get_entries', $got === [['id' => $leadIds[1], 'lead_source' => 'Web Site'], ['id' => $leadIds[0], 'lead_source' => 'Partner']],
        'get_entries gave ' . json_encode($got));

    // get_entry_list: select_fields, link_name_to_fields_array
    $listed = $sugar->get_entry_list([
        'session' => $session, 'module_name' => 'Leads', 'query' => "leads.last_name LIKE 'Arrays-$tag-%'", 'order_by' => 'last_name',
        'offset' => 0, 'select_fields' => ['string' => ['last_name']],
        'link_name_to_fields_array' => ['link_name_to_fields_array' => [['name' => 'accounts', 'value' => ['string' => ['name']]]]],
        'max_results' => 10, 'deleted' => 0, 'favorites' => false,
    ])->get_entry_listResult;
    $got = array_map(fn($e) => values($e->name_value_list), entries($listed->entry_list));
    check($report, 'get_entry_list', $got === array_map(fn($l) => ['last_name' => $l['last_name']], $leads), 'get_entry_list gave ' . json_encode($got));
    $got = array_map(fn($per) => array_map(fn($r) => $r['name'], $per['accounts'] ?? []), links($listed->relationship_list));
    check($report, 'get_entry_list_links', $got === [[$accountNames[0]], [$accountNames[1]]], 'relationship_list gave ' . json_encode($got));

    // search_by_module: modules, select_fields
    $found = $sugar->search_by_module([
        'session' => $session, 'search_string' => "Arrays-$tag", 'modules' => ['string' => ['Leads', 'Accounts']], 'offset' => 0,
        'max_results' => 10, 'assigned_user_id' => '', 'select_fields' => ['string' => ['id', 'last_name']],
        'unified_search_only' => false, 'favorites' => false,
    ])->search_by_moduleResult;
    $got = [];
    foreach ($found->entry_list->search_link_name_value ?? [] as $hit) {
        $ids = array_map(fn($r) => values($r->link_value)['id'] ?? '', $hit->records->link_value2 ?? []);
        sort($ids);
        $got[(string)$hit->name] = $ids;
    }
    $expected = $leadIds;
    sort($expected);
    check($report, 'search_by_module', ($got['Leads'] ?? null) === $expected && empty($got['Accounts']), 'search_by_module gave ' . json_encode($got));

    // find_duplicates: name_value_list
    $dupes = $sugar->find_duplicates([
        'session' => $session, 'module_name' => 'Leads',
        'name_value_list' => nvl(['first_name' => 'An', 'last_name' => $leads[0]['last_name'], 'account_name' => $accountNames[0]]),
    ])->find_duplicatesResult;
    $got = array_map(fn($d) => (string)$d->id, $dupes->entry_list->duplicate_entry ?? []);
    check($report, 'find_duplicates', in_array($accountIds[0], $got, true), 'find_duplicates did not name account A: ' . json_encode($got));

    // convert_lead: name_value_list
    $converted = $sugar->convert_lead([
        'session' => $session, 'lead_id' => $leadIds[0],
        'name_value_list' => nvl(['account_id' => $accountIds[0], 'create_opportunity' => '1', 'opportunity_name' => "C\u{01A1} h\u{1ED9}i $tag",
            'opportunity_amount' => '1000000', 'date_closed' => '2027-06-30']),
    ])->convert_leadResult;
    $report['convert_lead'] = ['contact_id' => $converted->contact_id, 'account_id' => $converted->account_id, 'opportunity_id' => $converted->opportunity_id];
    check($report, 'convert_lead', $converted->account_id === $accountIds[0] && $converted->opportunity_id !== '' && $converted->contact_id !== '',
        'convert_lead answered ' . json_encode($report['convert_lead']));

    // convert_prospect: name_value_list
    $prospectId = (string)$sugar->set_entry([
        'session' => $session, 'module_name' => 'Prospects', 'name_value_list' => nvl(['first_name' => 'Chi', 'last_name' => "Arrays-$tag-3"]),
    ])->set_entryResult->id;
    $turned = $sugar->convert_prospect(['session' => $session, 'prospect_id' => $prospectId, 'name_value_list' => nvl(['lead_source' => 'Conference'])])
        ->convert_prospectResult;
    $report['convert_prospect'] = ['prospect_id' => $prospectId, 'lead_id' => $turned->lead_id];
    check($report, 'convert_prospect', (string)$turned->lead_id !== '', 'convert_prospect answered ' . json_encode($report['convert_prospect']));

    // LeadIntake.svc SubmitLeads: leads (each with extra_fields)
    $intake = client($intakeWsdl);
    $intakeSession = (string)$intake->Login(['user_name' => $user, 'password' => $password, 'encryption' => 'PLAIN'])->LoginResult;
    $batch = [
        ['partner_ref' => "ARR-$tag-1", 'last_name' => "Arrays-$tag-4", 'first_name' => 'Dung',
            'extra_fields' => ['field' => [['name' => 'department', 'value' => "Mua h\u{00E0}ng"], ['name' => 'website', 'value' => 'https://a.example.vn']]]],
        ['partner_ref' => "ARR-$tag-2", 'last_name' => "Arrays-$tag-5", 'first_name' => 'Giang',
            'extra_fields' => ['field' => [['name' => 'department', 'value' => 'Kho']]]],
    ];
    $receipts = $intake->SubmitLeads(['session' => $intakeSession, 'leads' => ['LeadSubmission' => $batch]])->SubmitLeadsResult->LeadReceipt ?? [];
    $report['submit_leads'] = array_map(fn($r) => ['outcome' => (string)$r->outcome, 'id' => (string)($r->id ?? ''), 'partner_ref' => (string)$r->partner_ref], $receipts);
    $report['submitted'] = $batch;
    check($report, 'submit_leads', array_column($report['submit_leads'], 'outcome') === ['Created', 'Created']
        && array_column($report['submit_leads'], 'partner_ref') === array_column($batch, 'partner_ref'),
        'SubmitLeads answered ' . json_encode($report['submit_leads']));

    $sugar->logout(['session' => $session]);
} catch (Throwable $e) {
    $last = null;
    foreach (['sugar', 'intake'] as $name) {
        if (isset($$name)) {
            $last = $$name->__getLastResponse() ?: $last;
        }
    }
    $report['errors'][] = ['step' => 'unexpected', 'message' => get_class($e) . ': ' . $e->getMessage() . ($last ? "\nlast response: $last" : '')];
}

echo json_encode($report, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
exit($report['errors'] === [] ? 0 : 1);
