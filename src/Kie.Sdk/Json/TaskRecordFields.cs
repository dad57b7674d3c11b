using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Kie.Sdk.Json;

/// <summary>
/// The fields of a task record that <see cref="KieTaskStatusReader"/> reads, found in one pass over the record rather
/// than one search per name (nineteen names, most records have about fifteen fields). Same rules as
/// <see cref="JsonElementReading.TryGet"/>: names match exactly, the last of duplicate names wins, and an absent field
/// is <see cref="JsonValueKind.Undefined"/>; a JSON null stays <see cref="JsonValueKind.Null"/>, which every reader treats as absent.
/// </summary>
internal struct TaskRecordFields
{
    public JsonElement TaskId;
    public JsonElement TaskIdSnake;
    public JsonElement Model;
    public JsonElement State;
    public JsonElement Status;
    public JsonElement SuccessFlag;
    public JsonElement Param;
    public JsonElement ResultJson;
    public JsonElement Response;
    public JsonElement FailCode;
    public JsonElement ErrorCode;
    public JsonElement FailMsg;
    public JsonElement ErrorMessage;
    public JsonElement CreditsConsumed;
    public JsonElement CostTime;
    public JsonElement CreateTime;
    public JsonElement UpdateTime;
    public JsonElement CompleteTime;
    public JsonElement Progress;

    public static TaskRecordFields Of(JsonElement record)
    {
        var fields = default(TaskRecordFields);
        if (record.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (var property in record.EnumerateObject())
        {
            var name = JsonMarshal.GetRawUtf8PropertyName(property);
            if (name.IndexOf((byte)'\\') >= 0)
            {
                // An escaped name (never seen from KIE): compare its unescaped form.
                fields.Take(Encoding.UTF8.GetBytes(property.Name), property.Value);
            }
            else
            {
                fields.Take(name, property.Value);
            }
        }

        return fields;
    }

    private void Take(ReadOnlySpan<byte> name, JsonElement value)
    {
        // By length first, so each field costs one or two comparisons.
        switch (name.Length)
        {
            case 5:
                if (name.SequenceEqual("state"u8)) State = value;
                else if (name.SequenceEqual("model"u8)) Model = value;
                else if (name.SequenceEqual("param"u8)) Param = value;
                break;
            case 6:
                if (name.SequenceEqual("taskId"u8)) TaskId = value;
                else if (name.SequenceEqual("status"u8)) Status = value;
                break;
            case 7:
                if (name.SequenceEqual("failMsg"u8)) FailMsg = value;
                else if (name.SequenceEqual("task_id"u8)) TaskIdSnake = value;
                break;
            case 8:
                if (name.SequenceEqual("failCode"u8)) FailCode = value;
                else if (name.SequenceEqual("costTime"u8)) CostTime = value;
                else if (name.SequenceEqual("response"u8)) Response = value;
                else if (name.SequenceEqual("progress"u8)) Progress = value;
                break;
            case 9:
                if (name.SequenceEqual("errorCode"u8)) ErrorCode = value;
                break;
            case 10:
                if (name.SequenceEqual("resultJson"u8)) ResultJson = value;
                else if (name.SequenceEqual("createTime"u8)) CreateTime = value;
                else if (name.SequenceEqual("updateTime"u8)) UpdateTime = value;
                break;
            case 11:
                if (name.SequenceEqual("successFlag"u8)) SuccessFlag = value;
                break;
            case 12:
                if (name.SequenceEqual("completeTime"u8)) CompleteTime = value;
                else if (name.SequenceEqual("errorMessage"u8)) ErrorMessage = value;
                break;
            case 15:
                if (name.SequenceEqual("creditsConsumed"u8)) CreditsConsumed = value;
                break;
        }
    }
}
