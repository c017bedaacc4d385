using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rete.ServiceDefaults.Http;

/// <summary>A CSV download, written straight into its buffer.</summary>
public static class CsvFile
{
    // UTF-8 with a byte order mark: without it spreadsheets read the accents and "€" as another code page.
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static FileContentHttpResult Of(CsvConfiguration configuration, string fileName, Action<CsvWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Utf8WithMark, leaveOpen: true))
        using (var csv = new CsvWriter(writer, configuration))
        {
            write(csv);
        }

        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", fileName);
    }
}
