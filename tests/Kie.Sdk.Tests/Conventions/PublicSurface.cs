using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kie.Sdk.Tests.Conventions;

/// <summary>The shipped assemblies and their visible surface, read by reflection.</summary>
internal static class PublicSurface
{
    public static readonly string[] AssemblyNames = ["Kie.Sdk", "Kie.Sdk.Testing", "Kie.Sdk.Pricing"];

    public static IReadOnlyList<Assembly> Assemblies { get; } = [.. AssemblyNames.Select(name => Assembly.Load(name))];

    public static TheoryData<string> Names => [.. AssemblyNames];

    public static Assembly Get(string name) => Assemblies.Single(assembly => assembly.GetName().Name == name);

    /// <summary>Types visible outside the assembly (public, and public nested in public).</summary>
    public static IEnumerable<Type> VisibleTypes(Assembly assembly) => assembly.GetExportedTypes().Where(type => !IsCompilerGenerated(type));

    /// <summary>Members callers can see or override: public, protected and protected internal; declared on the type itself.</summary>
    public static IEnumerable<MemberInfo> VisibleMembers(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var accessors = type.GetProperties(flags).SelectMany(property => property.GetAccessors(nonPublic: true))
            .Concat(type.GetEvents(flags).SelectMany(@event => new[] { @event.AddMethod, @event.RemoveMethod, @event.RaiseMethod }))
            .Where(method => method is not null)
            .ToHashSet();
        foreach (var member in type.GetMembers(flags))
        {
            if (IsCompilerGenerated(member) || (member is MethodInfo method && accessors.Contains(method)) || member is Type)
            {
                continue;
            }

            var visible = member switch
            {
                MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
                FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName,
                PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
                EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
                _ => false,
            };
            if (visible && !(type.IsSealed && member is MethodBase { IsFamily: true }))
            {
                yield return member;
            }
        }
    }

    public static bool IsCompilerGenerated(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || member.Name.Contains('<', StringComparison.Ordinal);

    public static bool IsOurs(Type? type) => type is not null && AssemblyNames.Contains(type.Assembly.GetName().Name);

    /// <summary>The documentation-comment id of a member, as the compiler writes it into the XML file.</summary>
    public static string DocId(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeId(type),
        FieldInfo field => "F:" + TypeId(field.DeclaringType!) + "." + field.Name,
        EventInfo @event => "E:" + TypeId(@event.DeclaringType!) + "." + @event.Name,
        PropertyInfo property => "P:" + TypeId(property.DeclaringType!) + "." + property.Name + Parameters(property.GetIndexParameters()),
        MethodBase method => "M:" + TypeId(method.DeclaringType!) + "." + method.Name.Replace('.', '#')
            + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty)
            + Parameters(method.GetParameters())
            + (method is MethodInfo { Name: "op_Implicit" or "op_Explicit" } conversion ? "~" + ParameterType(conversion.ReturnType) : string.Empty),
        _ => throw new NotSupportedException(member.GetType().Name),
    };

    private static string TypeId(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(parameter => ParameterType(parameter.ParameterType))) + ")";

    private static string ParameterType(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterType(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return ParameterType(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return ParameterType(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return type.FullName!.Replace('+', '.');
        }

        var arguments = type.GetGenericArguments();
        var used = 0;
        var text = new StringBuilder();
        foreach (var part in type.GetGenericTypeDefinition().FullName!.Split('+'))
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            var tick = part.IndexOf('`', StringComparison.Ordinal);
            if (tick < 0)
            {
                text.Append(part);
                continue;
            }

            var arity = int.Parse(part[(tick + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            text.Append(part, 0, tick).Append('{').Append(string.Join(",", arguments.Skip(used).Take(arity).Select(ParameterType))).Append('}');
            used += arity;
        }

        return text.ToString();
    }
}
