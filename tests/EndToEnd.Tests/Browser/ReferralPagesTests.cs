using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>Referrals in the browser: sending (consent checked by the API), the queues, accepting, rejecting, withdrawing, closing.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class ReferralPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string JobDesk = "Sportello Lavoro di Trecate";
    private const string Cpi = "Centro per l'Impiego di Novara";
    private const string OtherDesk = "Sportello Lavoro di Cerano";

    [Fact]
    public async Task An_operator_is_refused_without_consent_then_sends_accepts_and_closes_and_rejects_and_withdraws_others()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@trecate", "/segnalazioni");
        await BrowserFixture.Heading(page, "Segnalazioni").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        var file = await TestPeople.RegisterAsync(page, TestPeople.Surname(), TestPeople.TaxCode());
        await TestPeople.GiveConsentAsync(page, file, "referral", Cpi);

        // The consent names the CPI only: another job desk is refused, in Italian, and nothing is sent.
        await page.GetByRole(AriaRole.Link, new() { Name = "Invia una segnalazione" }).ClickAsync();
        await BrowserFixture.Heading(page, "Invia una segnalazione").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await FillReferralAsync(page, OtherDesk);
        (await page.Locator("#errore-api p").TextContentAsync())
            .ShouldBe("La persona non ha un consenso in vigore a essere segnalata a questa organizzazione.");
        (await page.GetByLabel("Motivo dell'invio (obbligatorio)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe("Ricerca attiva del lavoro dopo il colloquio.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        // Without a reason the API names the field.
        await page.GetByLabel("Organizzazione destinataria (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Cpi });
        await page.GetByLabel("Motivo dell'invio (obbligatorio)", TestPeople.ExactLabel).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la segnalazione" }).ClickAsync();
        (await page.Locator("#reason-errore").TextContentAsync()).ShouldBe("Indicare il motivo dell'invio.");

        var first = await SendAsync(page, file, Cpi);
        (await Detail(page, "Stato")).ShouldBe("Inviata");
        (await Detail(page, "A")).ShouldBe(Cpi);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // Both queues show it, filtered by status.
        await page.GotoAsync("/segnalazioni");
        await page.GetByLabel("Organizzazione", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = JobDesk });
        await page.GetByLabel("Coda", TestPeople.ExactLabel).SelectOptionAsync("inviate");
        await page.GetByLabel("Stato", TestPeople.ExactLabel).SelectOptionAsync("sent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Inviate da {JobDesk}" }).WaitForAsync();
        await QueueRow(page, first).WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Coda", TestPeople.ExactLabel).SelectOptionAsync("");
        await page.GetByLabel("Organizzazione", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Cpi });
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Ricevute da {Cpi}" }).WaitForAsync();
        (await QueueRow(page, first).TextContentAsync() ?? "").ShouldContain(JobDesk);

        // Accepted naming a case manager, then closed with an outcome; each page offers only the next steps.
        await QueueRow(page, first).GetByRole(AriaRole.Link).ClickAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Chiudi con un esito" }).CountAsync()).ShouldBe(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Prendi in carico" }).ClickAsync();
        await BrowserFixture.Heading(page, "Prendi in carico").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Case manager (obbligatorio)", TestPeople.ExactLabel).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prendi in carico" }).ClickAsync();
        (await page.Locator("#caseManagerId-errore").TextContentAsync()).ShouldBe("Indicare il case manager.");
        await page.GetByLabel("Case manager (obbligatorio)", TestPeople.ExactLabel).FillAsync("case-manager-cpi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prendi in carico" }).ClickAsync();
        await page.GetByText("Presa in carico registrata.").WaitForAsync();
        (await Detail(page, "Case manager")).ShouldBe("case-manager-cpi");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Ritira" }).CountAsync()).ShouldBe(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Chiudi con un esito" }).ClickAsync();
        await page.GetByLabel("Esito (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("placement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi la presa in carico" }).ClickAsync();
        await page.GetByText("Presa in carico chiusa.").WaitForAsync();
        (await Detail(page, "Esito")).ShouldBe("In tirocinio");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Chiudi con un esito" }).CountAsync()).ShouldBe(0);

        // A second referral rejected with a reason, a third withdrawn by the sender.
        await SendAsync(page, file, Cpi);
        await page.GetByRole(AriaRole.Link, new() { Name = "Respingi" }).ClickAsync();
        await page.GetByLabel("Motivo del rifiuto (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("noCapacity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Respingi la segnalazione" }).ClickAsync();
        await page.GetByText("Segnalazione respinta.").WaitForAsync();
        (await Detail(page, "Motivo del rifiuto")).ShouldBe("Nessuna disponibilità");
        await SendAsync(page, file, Cpi);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ritira" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ritira la segnalazione" }).ClickAsync();
        await page.GetByText("Segnalazione ritirata.").WaitForAsync();
        (await Detail(page, "Stato")).ShouldBe("Ritirata");

        // The person's pathway tells the story.
        await page.GotoAsync(file);
        var pathway = await page.Locator("table[aria-labelledby=percorso]").TextContentAsync() ?? "";
        pathway.ShouldContain("Segnalazione presa in carico");
        pathway.ShouldContain("Presa in carico chiusa");
        pathway.ShouldContain("Segnalazione respinta");
        pathway.ShouldContain("Segnalazione ritirata");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stale_step_is_refused_an_auditor_has_no_queue_and_another_consortium_cannot_open_the_referral()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "consortium-admin@trecate", "/persone");
        var file = await TestPeople.RegisterAsync(page, TestPeople.Surname(), TestPeople.TaxCode());
        await TestPeople.GiveConsentAsync(page, file, "referral");
        var referral = await SendAsync(page, file, Cpi);

        // Two tabs on the same step: the second one's version is old.
        await page.GotoAsync(referral + "/prendi-in-carico");
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(referral + "/respingi");
        await other.GetByLabel("Motivo del rifiuto (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("outOfScope");
        await other.GetByRole(AriaRole.Button, new() { Name = "Respingi la segnalazione" }).ClickAsync();
        await other.GetByText("Segnalazione respinta.").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Prendi in carico" }).ClickAsync();
        (await page.Locator("#errore-api").TextContentAsync() ?? "").ShouldContain("Nel frattempo questi dati sono stati modificati");
        errors.ShouldBeEmpty();

        // An auditor's user belongs to no organisation: no queue, no sending, and a referral is not theirs to read.
        var (auditor, auditorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, "auditor@trecate", "/segnalazioni");
        await auditor.Locator("#nessuna-coda").WaitForAsync();
        (await auditor.GetByRole(AriaRole.Link, new() { Name = "Invia una segnalazione" }).CountAsync()).ShouldBe(0);
        (await Accessibility.SeriousViolationsAsync(auditor)).ShouldBeEmpty();
        await auditor.GotoAsync(file);
        await auditor.Locator("#avviso-accesso").WaitForAsync();
        (await auditor.GetByRole(AriaRole.Link, new() { Name = "Invia una segnalazione" }).CountAsync()).ShouldBe(0);
        await auditor.GotoAsync(referral + "/ritira");
        (await auditor.Locator("#errore-api p").TextContentAsync()).ShouldBe("Segnalazione non trovata.");
        auditorErrors.ShouldBeEmpty();

        // Another consortium's operator: neither the referral nor Trecate's organisations.
        var (stranger, strangerErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(stranger, "operator@zona-ovest", "/segnalazioni");
        (await stranger.GetByLabel("Organizzazione", TestPeople.ExactLabel).Locator("option", new() { HasText = JobDesk }).CountAsync()).ShouldBe(0);
        await stranger.GotoAsync(referral);
        (await stranger.Locator("#errore-api p").TextContentAsync()).ShouldBe("Segnalazione non trovata.");
        strangerErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_paper_referral_is_entered_with_its_own_dates_and_a_future_or_earlier_date_is_refused_beside_the_field()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@trecate", "/persone");
        var file = await TestPeople.RegisterAsync(page, TestPeople.Surname(), TestPeople.TaxCode());
        // The consent must have been in force on the day the referral declares, so it is dated ten days back.
        await page.GotoAsync(file + "/consensi/nuovo");
        await page.GetByLabel("Finalità (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("referral");
        await page.GetByLabel("Data del consenso (obbligatorio)", TestPeople.ExactLabel).FillAsync(Day(-10));
        await page.GetByLabel("Firmato da (obbligatorio)", TestPeople.ExactLabel).FillAsync("La persona");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra il consenso" }).ClickAsync();
        await page.GetByText("Consenso registrato.").WaitForAsync();

        // The date starts at today; tomorrow is refused by Referrals, in Italian, beside the date.
        await page.GotoAsync(file);
        await page.GetByRole(AriaRole.Link, new() { Name = "Invia una segnalazione" }).ClickAsync();
        (await page.GetByLabel("Data dell'invio", TestPeople.ExactLabel).InputValueAsync()).ShouldBe(Day(0));
        await page.GetByLabel("Data dell'invio", TestPeople.ExactLabel).FillAsync(Day(1));
        await FillReferralAsync(page, Cpi);
        (await page.Locator("#stepDate-errore").TextContentAsync()).ShouldBe("La data del passaggio non può essere nel futuro.");
        (await page.GetByLabel("Data dell'invio", TestPeople.ExactLabel).GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // Three days ago at 09:15, as on the paper form.
        await page.GetByLabel("Data dell'invio", TestPeople.ExactLabel).FillAsync(Day(-3));
        await page.GetByLabel("Ora", TestPeople.ExactLabel).FillAsync("09:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la segnalazione" }).ClickAsync();
        await page.GetByText("Segnalazione inviata.").WaitForAsync();
        (await Detail(page, "Inviata il")).ShouldBe($"{Italian(-3)} 09:15");

        // Accepted on a day before it was sent: the 409 step-before-previous sits beside the date.
        await page.GetByRole(AriaRole.Link, new() { Name = "Prendi in carico" }).ClickAsync();
        await page.GetByLabel("Data della presa in carico", TestPeople.ExactLabel).FillAsync(Day(-5));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prendi in carico" }).ClickAsync();
        (await page.Locator("#stepDate-errore").TextContentAsync() ?? "").ShouldStartWith("Un passaggio non può essere datato prima del precedente");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        // A day without a time is that day at noon.
        await page.GetByLabel("Data della presa in carico", TestPeople.ExactLabel).FillAsync(Day(-2));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prendi in carico" }).ClickAsync();
        await page.GetByText("Presa in carico registrata.").WaitForAsync();
        (await Detail(page, "Presa in carico il")).ShouldBe($"{Italian(-2)} 12:00");

        // Closed today with no date given: now.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chiudi con un esito" }).ClickAsync();
        await page.GetByLabel("Esito (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("employed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi la presa in carico" }).ClickAsync();
        await page.GetByText("Presa in carico chiusa.").WaitForAsync();
        (await Detail(page, "Chiusa il") ?? "").ShouldStartWith(Italian(0));
        errors.ShouldBeEmpty();
    }

    private static DateOnly RomeDay(int days) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome")).DateTime).AddDays(days);

    private static string Day(int days) => RomeDay(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Italian(int days) => RomeDay(days).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends the person from the Trecate job desk and returns the referral's path.</summary>
    private static async Task<string> SendAsync(IPage page, string file, string to)
    {
        await page.GotoAsync(file);
        await page.GetByRole(AriaRole.Link, new() { Name = "Invia una segnalazione" }).ClickAsync();
        await FillReferralAsync(page, to);
        await page.GetByText("Segnalazione inviata.").WaitForAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task FillReferralAsync(IPage page, string to)
    {
        await page.GetByLabel("Organizzazione che invia (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = JobDesk });
        await page.GetByLabel("Organizzazione destinataria (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = to });
        await page.GetByLabel("Programma (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("golPathway1");
        await page.GetByLabel("Priorità", TestPeople.ExactLabel).SelectOptionAsync("high");
        await page.GetByLabel("Motivo dell'invio (obbligatorio)", TestPeople.ExactLabel).FillAsync("Ricerca attiva del lavoro dopo il colloquio.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la segnalazione" }).ClickAsync();
    }

    private static ILocator QueueRow(IPage page, string referral) =>
        page.Locator("tbody tr", new() { Has = page.Locator($"a[href='{referral}']") });

    private static async Task<string?> Detail(IPage page, string label) =>
        await page.Locator($"#segnalazione dt:text-is(\"{label}\") + dd").TextContentAsync();
}
