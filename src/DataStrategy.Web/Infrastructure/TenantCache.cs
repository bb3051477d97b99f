using System.Collections.Concurrent;
using System.Diagnostics;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Saving;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Who belongs to which organisation, with what role, remembered between requests on PostgreSQL (ADR 0039), so that a
/// signed-in request asks the database nothing when nothing can have changed. An answer is good only while:
/// <list type="bullet">
/// <item><see cref="DataChanges.Generation"/> has not moved since before it was read: it moves after every commit made
/// through this instance, and whenever PostgreSQL notifies a change to organisations or memberships made anywhere
/// (<see cref="AccessChangeListener"/>);</item>
/// <item>the listener is connected (without it nothing is remembered), and for at most <see cref="MaxAge"/> (2 s).</item>
/// </list>
/// Only members are remembered (a refusal is always asked again). On SQLite nothing is remembered: another process (the
/// CLI) can write the file without telling anyone, and the query costs no round trip there.
/// <c>TenantCache:Enabled=false</c> turns it off.
/// </summary>
public sealed class TenantCache
{
    /// <summary>The longest an answer is used by default, even when no change was announced (a lost notification costs
    /// this much); <c>TenantCache:MaxAgeSeconds</c> changes it (at most 60).</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromSeconds(2);

    private const int MaxEntries = 10_000;

    /// <summary>The reader of a public page: no user id is empty.</summary>
    private const string PublicReader = "";

    private readonly ConcurrentDictionary<(string User, string Slug), Entry> _entries = new();
    private volatile bool _listening;
    private long _notifications;
    private long _hits;

    public TenantCache(IConfiguration configuration, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        Configured = database.Provider == DatabaseProvider.Postgres && configuration.GetValue("TenantCache:Enabled", true);
        MaxAge = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("TenantCache:MaxAgeSeconds", DefaultMaxAge.TotalSeconds), 0, 60));
    }

    /// <summary>The longest an answer is used, even when no change was announced.</summary>
    public TimeSpan MaxAge { get; }

    /// <summary>PostgreSQL, and not turned off: the listener runs.</summary>
    public bool Configured { get; }

    /// <summary>The listener hears PostgreSQL's notifications now. Set by <see cref="AccessChangeListener"/> only.</summary>
    public bool Listening
    {
        get => _listening;
        internal set
        {
            _listening = value;
            _entries.Clear();
        }
    }

    /// <summary>Notifications heard by this instance's listener (for tests and diagnostics).</summary>
    public long Notifications => Interlocked.Read(ref _notifications);

    /// <summary>Requests answered from memory (for tests and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>PostgreSQL announced a change: everything remembered is old.</summary>
    internal void Heard()
    {
        Interlocked.Increment(ref _notifications);
        DataChanges.Moved();
    }

    /// <summary>A member's organisation (a copy for this request alone), role and designation, when still good.</summary>
    public bool TryGet(string user, string slug, out Member? member)
    {
        member = Recall<Member>(user, slug, out var kept) ? kept! with { Organisation = kept!.Organisation.Copy() } : null;
        return member is not null;
    }

    /// <summary>Remembers what was read after <paramref name="generation"/> was taken (<see cref="DataChanges.Generation"/>).</summary>
    public void Set(string user, string slug, Member member, long generation, long readAt)
    {
        ArgumentNullException.ThrowIfNull(member);
        Remember(user, slug, member with { Organisation = member.Organisation.Copy() }, generation, readAt);
    }

    /// <summary>A public page's organisation and content stamp (the key of the kept public page), when still good.</summary>
    public bool TryGetPublic(string slug, out PublicStamp? stamp) => Recall(PublicReader, slug, out stamp);

    public void SetPublic(string slug, PublicStamp stamp, long generation, long readAt) => Remember(PublicReader, slug, stamp, generation, readAt);

    public void Clear() => _entries.Clear();

    private bool Recall<T>(string user, string slug, out T? value)
        where T : class
    {
        value = null;
        if (!_listening || !_entries.TryGetValue((user, slug), out var entry))
        {
            return false;
        }

        if (entry.Generation != DataChanges.Generation || Stopwatch.GetElapsedTime(entry.ReadAt) > MaxAge)
        {
            _entries.TryRemove(new KeyValuePair<(string, string), Entry>((user, slug), entry));
            return false;
        }

        value = entry.Value as T;
        if (value is not null)
        {
            Interlocked.Increment(ref _hits);
        }

        return value is not null;
    }

    private void Remember(string user, string slug, object value, long generation, long readAt)
    {
        if (!_listening || generation != DataChanges.Generation)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[(user, slug)] = new Entry(value, generation, readAt);
    }

    public sealed record Member(Organisation Organisation, MemberRole Role, bool DataProtectionOfficer);

    public sealed record PublicStamp(Guid Id, long ContentStamp);

    private sealed record Entry(object Value, long Generation, long ReadAt);
}
