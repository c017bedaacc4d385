using Shouldly;

namespace Rete.Testing;

/// <summary>Waits for what a consumer does asynchronously, failing plainly when it never happens.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the condition did not become true in time");
            await Task.Delay(50);
        }
    }
}
