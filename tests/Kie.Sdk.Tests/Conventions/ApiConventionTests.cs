using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace Kie.Sdk.Tests.Conventions;

/// <summary>Rules every shipped assembly follows, checked by reflection (octokit.net's convention tests).</summary>
public sealed class ApiConventionTests
{
    private static readonly Type[] ResponseModels = [typeof(KieTaskStatus), typeof(KieUploadedFile)];

    [Fact]
    public void The_shipped_assemblies_are_the_ones_checked()
    {
        Assert.Contains(typeof(KieClient).Assembly, PublicSurface.Assemblies);
        Assert.Equal(PublicSurface.AssemblyNames, PublicSurface.Assemblies.Select(assembly => assembly.GetName().Name));
        Assert.Contains(typeof(IKieClient), PublicSurface.VisibleTypes(typeof(KieClient).Assembly));
    }

    [Theory]
    [MemberData(nameof(PublicSurface.Names), MemberType = typeof(PublicSurface))]
    public void Every_public_async_method_ends_in_Async_and_takes_an_optional_CancellationToken_last(string assemblyName)
    {
        var problems = new List<string>();
        foreach (var type in PublicSurface.VisibleTypes(PublicSurface.Get(assemblyName)))
        {
            var contracts = FrameworkContractMethods(type);
            foreach (var method in PublicSurface.VisibleMembers(type).OfType<MethodInfo>())
            {
                if (!IsAwaitable(method.ReturnType) || contracts.Contains(method) || !PublicSurface.IsOurs(method.GetBaseDefinition().DeclaringType))
                {
                    continue;
                }

                var name = $"{type.FullName}.{method.Name}";
                if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
                {
                    problems.Add($"{name} returns {method.ReturnType.Name} but does not end in Async");
                }

                var last = method.GetParameters().LastOrDefault();
                if (last is null || last.ParameterType != typeof(CancellationToken))
                {
                    problems.Add($"{name} does not take a CancellationToken as its last parameter");
                }
                else if (!last.HasDefaultValue)
                {
                    problems.Add($"{name}'s CancellationToken has no default value");
                }
                else if (last.Name != "cancellationToken")
                {
                    problems.Add($"{name}'s CancellationToken is named '{last.Name}', not 'cancellationToken'");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(PublicSurface.Names), MemberType = typeof(PublicSurface))]
    public void Every_public_type_and_member_has_xml_docs(string assemblyName)
    {
        var assembly = PublicSurface.Get(assemblyName);
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(file), $"No XML documentation next to {assembly.Location}; is GenerateDocumentationFile on?");
        var documented = XDocument.Load(file).Descendants("member")
            .Where(member => member.Elements().Any(element => element.Name.LocalName is "summary" or "inheritdoc" && (element.Name.LocalName == "inheritdoc" || !string.IsNullOrWhiteSpace(element.Value))))
            .Select(member => (string)member.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = new List<string>();
        foreach (var type in PublicSurface.VisibleTypes(assembly))
        {
            if (!documented.Contains(PublicSurface.DocId(type)))
            {
                missing.Add(PublicSurface.DocId(type));
            }

            if (typeof(Delegate).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var member in PublicSurface.VisibleMembers(type))
            {
                var id = PublicSurface.DocId(member);
                if (!documented.Contains(id) && !IsImplicitConstructor(member))
                {
                    missing.Add(id);
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} undocumented in {assemblyName}:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void The_doc_id_generator_matches_the_compiler()
    {
        var xml = XDocument.Load(Path.ChangeExtension(typeof(KieClient).Assembly.Location, ".xml"));
        var ids = xml.Descendants("member").Select(member => (string)member.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(PublicSurface.DocId(typeof(KieClient)), ids);
        Assert.Contains(PublicSurface.DocId(typeof(KieCallback).GetMethod(nameof(KieCallback.Verify))!), ids);
        Assert.Contains(PublicSurface.DocId(typeof(KieErrorDetails).GetConstructors().Single()), ids);
        Assert.Contains(PublicSurface.DocId(typeof(KieInput).GetMethod(nameof(KieInput.Set), [typeof(string), typeof(IEnumerable<Uri>)])!), ids);
        Assert.Contains(PublicSurface.DocId(typeof(KieInput).GetMethod(nameof(KieInput.TryGetValue))!), ids);
        Assert.Equal("M:Kie.Sdk.KieCallback.Verify(System.ReadOnlySpan{System.Byte},System.String,System.String,System.String,System.TimeProvider,System.Nullable{System.TimeSpan},System.String)", PublicSurface.DocId(typeof(KieCallback).GetMethod(nameof(KieCallback.Verify))!));
    }

    [Fact]
    public void Response_models_are_sealed_records_with_init_properties_and_no_required_members()
    {
        foreach (var model in ResponseModels)
        {
            Assert.True(model.IsSealed, $"{model.Name} is not sealed");
            Assert.True(model.GetMethod("<Clone>$") is not null, $"{model.Name} is not a record");
            Assert.False(model.IsDefined(typeof(RequiredMemberAttribute)), $"{model.Name} has required members");
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.False(property.IsDefined(typeof(RequiredMemberAttribute)), $"{model.Name}.{property.Name} is required");
                if (property.SetMethod is { } setter)
                {
                    Assert.True(
                        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)),
                        $"{model.Name}.{property.Name} has a setter that is not init-only");
                }
            }

            Assert.NotNull(model.GetConstructor(Type.EmptyTypes));
        }
    }

    [Fact]
    public void Response_model_lists_are_never_null_by_default()
    {
        var status = new KieTaskStatus();

        Assert.NotNull(status.ResultUrls);
        Assert.NotNull(status.FirstFrameUrls);
        Assert.NotNull(status.LastFrameUrls);
        Assert.Equal(KieTaskState.Unknown, status.State);
    }

    [Theory]
    [MemberData(nameof(PublicSurface.Names), MemberType = typeof(PublicSurface))]
    public void Every_exception_derives_from_KieApiException(string assemblyName)
    {
        var strays = PublicSurface.VisibleTypes(PublicSurface.Get(assemblyName))
            .Where(type => typeof(Exception).IsAssignableFrom(type) && type != typeof(KieApiException) && !typeof(KieApiException).IsAssignableFrom(type))
            .Select(type => $"{type.FullName} : {type.BaseType?.FullName}")
            .ToList();

        Assert.True(strays.Count == 0, "Exceptions outside the KieApiException tree: " + string.Join(", ", strays));
    }

    [Fact]
    public void The_Kie_Sdk_exception_tree_is_complete()
    {
        Type[] expected =
        [
            typeof(KieAuthenticationException), typeof(KieInsufficientCreditsException), typeof(KieValidationException),
            typeof(KieRateLimitException), typeof(KieServiceUnavailableException), typeof(KieInvalidResponseException),
            typeof(KieTaskFailedException), typeof(KieWaitTimeoutException), typeof(KieTaskNotFoundException), typeof(KieSubmissionUnknownException),
        ];

        Assert.All(expected, type => Assert.True(type.IsSubclassOf(typeof(KieApiException)), type.Name));
    }

    [Theory]
    [MemberData(nameof(PublicSurface.Names), MemberType = typeof(PublicSurface))]
    public void No_public_field_or_property_exposes_a_mutable_collection(string assemblyName)
    {
        var problems = new List<string>();
        foreach (var type in PublicSurface.VisibleTypes(PublicSurface.Get(assemblyName)))
        {
            foreach (var member in PublicSurface.VisibleMembers(type))
            {
                var exposed = member switch
                {
                    FieldInfo field => field.FieldType,
                    PropertyInfo property when property.GetMethod is { IsPublic: true } => property.PropertyType,
                    _ => null,
                };
                if (exposed is not null && IsMutableCollection(exposed))
                {
                    problems.Add($"{type.FullName}.{member.Name} is a {exposed.Name}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_mutable_collection_check_recognises_mutable_collections()
    {
        Assert.True(IsMutableCollection(typeof(string[])));
        Assert.True(IsMutableCollection(typeof(List<Uri>)));
        Assert.True(IsMutableCollection(typeof(Dictionary<string, int>)));
        Assert.True(IsMutableCollection(typeof(System.Text.Json.Nodes.JsonObject)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyList<Uri>)));
        Assert.False(IsMutableCollection(typeof(System.Collections.Immutable.ImmutableArray<int>)));
        Assert.True(IsMutableCollection(typeof(IList<string>)));
        Assert.False(IsMutableCollection(typeof(string)));
        Assert.False(IsMutableCollection(typeof(KieInput)));
    }

    private static bool IsAwaitable(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask) ||
        (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)));

    /// <summary>Methods that implement a framework interface (e.g. <see cref="IAsyncDisposable.DisposeAsync"/>): their shape is not ours to choose.</summary>
    private static HashSet<MethodInfo> FrameworkContractMethods(Type type)
    {
        var methods = new HashSet<MethodInfo>();
        if (type.IsInterface)
        {
            return methods;
        }

        foreach (var contract in type.GetInterfaces().Where(contract => !PublicSurface.IsOurs(contract)))
        {
            methods.UnionWith(type.GetInterfaceMap(contract).TargetMethods);
        }

        return methods;
    }

    /// <summary>The constructor the compiler adds to a class or record that declares none (it cannot carry docs).</summary>
    private static bool IsImplicitConstructor(MemberInfo member) =>
        member is ConstructorInfo { IsStatic: false } constructor && constructor.GetParameters().Length == 0 &&
        constructor.DeclaringType!.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Count(other => !(other.GetParameters() is [var only] && only.ParameterType == constructor.DeclaringType)) == 1; // a record's copy constructor is the compiler's too

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string))
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        if (type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen" || type.Name.StartsWith("ReadOnly", StringComparison.Ordinal))
        {
            return false;
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        return interfaces.Any(contract =>
            contract == typeof(IList) || contract == typeof(IDictionary) ||
            (contract.IsGenericType && contract.GetGenericTypeDefinition() is var definition &&
             (definition == typeof(ICollection<>) || definition == typeof(IList<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>))));
    }
}
