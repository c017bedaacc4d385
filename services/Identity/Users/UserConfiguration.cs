using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Identity.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.HasKey(u => u.Id);
        user.Property(u => u.TenantId).HasMaxLength(48);
        user.Property(u => u.UserName).HasMaxLength(100);
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.Version).IsConcurrencyToken();
        user.HasIndex(u => u.UserName).IsUnique();
        user.HasIndex(u => new { u.TenantId, u.UserName });
    }
}

internal sealed class SignInNameConfiguration : IEntityTypeConfiguration<SignInName>
{
    public void Configure(EntityTypeBuilder<SignInName> name)
    {
        name.HasKey(n => n.UserName);
        name.Property(n => n.UserName).HasMaxLength(100);
        name.Property(n => n.TenantId).HasMaxLength(48);
    }
}
