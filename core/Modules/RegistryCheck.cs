namespace CrmIntegration.Core.Modules;

/// <summary>Consistency rules a registry must satisfy; violations are programming errors.</summary>
internal static class RegistryCheck
{
    public static void ThrowIfInconsistent(ModuleRegistry registry)
    {
        var problems = new List<string>();
        foreach (var module in registry.Modules)
        {
            foreach (var required in new[] { CommonFields.Id, CommonFields.DateEntered, CommonFields.DateModified,
                         CommonFields.CreatedBy, CommonFields.ModifiedUserId, CommonFields.Deleted })
            {
                if (module.FindField(required) is null)
                {
                    problems.Add($"{module.Name} lacks the common field {required}");
                }
            }

            if (module.FindField(module.DisplayField) is null)
            {
                problems.Add($"{module.Name}: display field {module.DisplayField} is not a field");
            }

            foreach (var search in module.SearchFields.Where(f => module.FindField(f) is null))
            {
                problems.Add($"{module.Name}: search field {search} is not a field");
            }

            foreach (var field in module.Fields)
            {
                if (field.Type is FieldType.Enum or FieldType.MultiEnum && field.Options.Count == 0)
                {
                    problems.Add($"{module.Name}.{field.Name} is an enum without options");
                }

                if (field.RelatedModule is { } related && registry.Find(related) is null)
                {
                    problems.Add($"{module.Name}.{field.Name} points at unknown module {related}");
                }
            }

            foreach (var link in module.Links)
            {
                CheckLink(registry, module, link, problems);
            }
        }

        foreach (var relationship in registry.Relationships)
        {
            foreach (var end in new[] { relationship.LhsModule, relationship.RhsModule }.Where(m => registry.Find(m) is null))
            {
                problems.Add($"{relationship.Name}: unknown module {end}");
            }

            if (relationship.Kind == RelationshipKind.OneToMany)
            {
                CheckKey(registry, relationship, problems);
            }

            if (relationship.Kind == RelationshipKind.Parent && registry.Find(relationship.RhsModule) is { } rhs)
            {
                CheckParent(relationship, rhs, problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Module registry is inconsistent:\n" + string.Join("\n", problems));
        }
    }

    private static void CheckLink(ModuleRegistry registry, ModuleDefinition module, LinkDefinition link, List<string> problems)
    {
        var relationship = registry.FindRelationship(link.Relationship);
        if (relationship is null)
        {
            problems.Add($"{module.Name}.{link.Name} uses unknown relationship {link.Relationship}");
            return;
        }

        var pairs = new[] { (relationship.LhsModule, relationship.RhsModule), (relationship.RhsModule, relationship.LhsModule) };
        if (!pairs.Any(p => Same(p.Item1, module.Name) && Same(p.Item2, link.Module)))
        {
            problems.Add($"{module.Name}.{link.Name} → {link.Module} does not match {relationship.Name} " +
                         $"({relationship.LhsModule} → {relationship.RhsModule})");
        }
    }

    private static void CheckKey(ModuleRegistry registry, RelationshipDefinition relationship, List<string> problems)
    {
        var key = registry.Find(relationship.RhsModule)?.FindField(relationship.RhsKey ?? "");
        if (key is null)
        {
            problems.Add($"{relationship.Name}: key {relationship.RhsKey} is not a field of {relationship.RhsModule}");
        }
        else if (!key.Indexed)
        {
            // Links are read by an index lookup on the key; the store refuses unindexed lookups.
            problems.Add($"{relationship.Name}: key {relationship.RhsModule}.{key.Name} is not indexed");
        }
        else if (key.RelatedModule is { } target && !Same(target, relationship.LhsModule))
        {
            // The key would be read as an id of the wrong module: links would silently find nothing.
            problems.Add($"{relationship.Name}: key {relationship.RhsModule}.{key.Name} points at {target}, not {relationship.LhsModule}");
        }
    }

    private static void CheckParent(RelationshipDefinition relationship, ModuleDefinition rhs, List<string> problems)
    {
        var type = rhs.FindField(CommonFields.ParentType);
        var id = rhs.FindField(CommonFields.ParentId);
        if (type is null || id is null)
        {
            problems.Add($"{relationship.Name}: {relationship.RhsModule} lacks parent_type/parent_id");
            return;
        }

        if (!id.Indexed)
        {
            problems.Add($"{relationship.Name}: {relationship.RhsModule}.parent_id is not indexed");
        }

        // Linking writes the parent's module name into parent_type; a dropdown without it would refuse the save.
        if (type.Type is FieldType.Enum && !type.Options.Any(o => Same(o.Key, relationship.LhsModule)))
        {
            problems.Add($"{relationship.Name}: {relationship.RhsModule}.parent_type has no option {relationship.LhsModule}");
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
