using System.Net.Sockets;
using MassTransit;
using Npgsql;

namespace Rete.ServiceDefaults.Messaging;

/// <summary>
/// How a consumer retries before a message goes to its _error queue. A database that cannot be reached is waited
/// for, for about ten minutes, so an outage of minutes costs latency and nothing else; any other failure keeps the
/// short retry, so a real bug reaches _error in seconds.
/// </summary>
internal static class ConsumerRetry
{
    /// <summary>How long a message is retried while the database is unreachable, at least.</summary>
    public static readonly TimeSpan TransientWindow = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxInterval = TimeSpan.FromSeconds(30);

    // The retry is in memory: the message stays delivered and unacknowledged while it waits, which RabbitMQ allows
    // for its consumer timeout (30 minutes by default), well beyond the window. Redelivery through a delayed
    // exchange would free the prefetch slot, but needs a broker plugin the development broker does not have.
    public static void UseReteRetry(this IBusFactoryConfigurator bus)
    {
        bus.UseMessageRetry(r =>
        {
            r.Handle<Exception>(IsTransient);
            r.Intervals(TransientIntervals());
        });
        bus.UseMessageRetry(r =>
        {
            r.Ignore<Exception>(IsTransient);
            r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
        });
    }

    /// <summary>Doubling from 100 ms up to 30 s, then 30 s apart, until the waits add up to the window.</summary>
    public static TimeSpan[] TransientIntervals()
    {
        var intervals = new List<TimeSpan>();
        var next = FirstInterval;
        var total = TimeSpan.Zero;
        while (total < TransientWindow)
        {
            intervals.Add(next);
            total += next;
            next = next * 2 < MaxInterval ? next * 2 : MaxInterval;
        }

        return [.. intervals];
    }

    /// <summary>
    /// A failure to reach the database, however EF Core wrapped it: DbUpdateException, or the InvalidOperationException
    /// Npgsql's execution strategy throws for a transient error, around an NpgsqlException or a socket error.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(IsTransient);
            }

            // Npgsql does not count the server shutting down or starting up as transient, but for a consumer it is.
            if (e is NpgsqlException { IsTransient: true } or SocketException
                or PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow })
            {
                return true;
            }
        }

        return false;
    }
}
