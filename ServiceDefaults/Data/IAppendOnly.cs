namespace Rete.ServiceDefaults.Data;

/// <summary>
/// A table the application may only insert into and read: the initializer revokes UPDATE and DELETE on it from the
/// application role, so not even a bug (or an attacker with the application's connection) can rewrite it.
/// </summary>
public interface IAppendOnly;
