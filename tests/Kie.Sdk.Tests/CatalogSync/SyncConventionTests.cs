using System.Reflection;
using System.Runtime.CompilerServices;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>The sync's response models follow the SDK's rules for response models.</summary>
public sealed class SyncConventionTests
{
    public static TheoryData<Type> Models => new()
    {
        typeof(KieMarketModel), typeof(KieModelSchema), typeof(KieSchemaParameter), typeof(KieModelPrice), typeof(KieModelHealth),
        typeof(KieHealthPoint), typeof(KieHealthSummary), typeof(KieModelQuery), typeof(RemoteCatalog), typeof(RemoteModel),
        typeof(CatalogDiff), typeof(CatalogModelAdded), typeof(CatalogModelRemoved), typeof(CatalogModeChange),
        typeof(CatalogParameterChange), typeof(CatalogPriceChange), typeof(CatalogSyncNote), typeof(CatalogHealthWarning),
        typeof(KieApiModelSourceOptions),
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Is_a_sealed_record_with_init_only_properties_nothing_required_and_lists_never_null(Type model)
    {
        Assert.True(model.IsSealed);
        Assert.NotNull(model.GetMethod("<Clone>$"));
        Assert.False(model.IsDefined(typeof(RequiredMemberAttribute)));
        var instance = Activator.CreateInstance(model)!;
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.False(property.IsDefined(typeof(RequiredMemberAttribute)), property.Name);
            if (property.SetMethod is { } setter)
            {
                Assert.True(setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)), $"{model.Name}.{property.Name} is not init-only");
            }

            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                Assert.NotNull(property.GetValue(instance));
            }
        }
    }

    [Fact]
    public void Sync_failures_belong_to_the_KieApiException_tree()
    {
        Assert.True(typeof(KieCatalogSyncException).IsSubclassOf(typeof(KieApiException)));
        Assert.True(typeof(KieModelNotFoundException).IsSubclassOf(typeof(KieApiException)));
    }
}
