"""The Danish and English sentences about consent (samtykke), protected people (skærmet)
and the family's own copy (familiens eget kort).

Kept apart from messages.py so that file does not keep growing; messages.py merges this
catalogue into its own, so `message(key, lang)` finds these keys like any other.
"""

from __future__ import annotations

CONSENT_MESSAGES: dict[str, tuple[str, str]] = {
    # --- no consent recorded (the recorded states are labelled in vocabulary.py): "mangler" /
    # "missing", the design's word, the same in the window (the inspector and the person
    # form), in the print and in `skymap stats` ---
    "consent_missing": ("mangler", "missing"),
    "consent_word": ("samtykke", "consent"),
    "protected_word": ("skærmet", "protected"),
    # --- findings (model/consent.py consent_findings) ---
    "f_protected": (
        "ADVARSEL: {name} er skærmet og må ikke orienteres om eller inddrages i sagen. "
        "Del hverken kortet eller udskriften med {name}.",
        "WARNING: {name} is protected (skærmet) and must not be told about or involved in the case. "
        "Share neither the map nor its print with {name}.",
    ),
    "f_protected_owner_1": (
        "ADVARSEL: {name} er skærmet, men står som ansvarlig for 1 åben aftale i den fælles plan. "
        "Giv aftalen til en anden.",
        "WARNING: {name} is protected, but owns 1 open agreement of the joint plan. Give it to someone else.",
    ),
    "f_protected_owner_n": (
        "ADVARSEL: {name} er skærmet, men står som ansvarlig for {count} åbne aftaler i den fælles plan. "
        "Giv aftalerne til en anden.",
        "WARNING: {name} is protected, but owns {count} open agreements of the joint plan. "
        "Give them to someone else.",
    ),
    "f_consent_withdrawn_1": (
        "Samtykket til {name} er trukket tilbage{date}, men {name} har stadig 1 aktiv forbindelse på kortet. "
        "Del ikke mere med {name}, før forbindelsen er gennemgået.",
        "Consent for {name} was withdrawn{date}, but {name} still has 1 active tie on the map. "
        "Share nothing more with {name} until the tie is reviewed.",
    ),
    "f_consent_withdrawn_n": (
        "Samtykket til {name} er trukket tilbage{date}, men {name} har stadig {count} aktive forbindelser på "
        "kortet. Del ikke mere med {name}, før forbindelserne er gennemgået.",
        "Consent for {name} was withdrawn{date}, but {name} still has {count} active ties on the map. "
        "Share nothing more with {name} until the ties are reviewed.",
    ),
    "f_consent_on": (" den {date}", " on {date}"),
    "f_consent_missing": (
        "Samtykke mangler for {names} (kerneteam eller familiekoordinator).",
        "Consent is missing for {names} (core team or family coordinator).",
    ),
    # --- changes between two states (model/status.py sentences) ---
    "d_consent_recorded": ("Samtykke for {name} er nu registreret: {after}{date}.",
                           "Consent for {name} is now recorded: {after}{date}."),
    "d_consent_changed": ("Samtykket for {name} er gået fra {before} til {after}{date}.",
                          "Consent for {name} went from {before} to {after}{date}."),
    "d_consent_cleared": ("Samtykke for {name} mangler nu.",
                          "Consent for {name} is now missing."),
    "d_consent_redated": ("Samtykket for {name} ({after}) har nu datoen {date}.",
                          "Consent for {name} ({after}) is now dated {date}."),
    "d_protected_on": ("{name} er nu markeret som skærmet.", "{name} is now marked as protected (skærmet)."),
    "d_protected_off": ("{name} er ikke længere markeret som skærmet.", "{name} is no longer marked as protected."),
    # --- CSV import (storage/csv_import.py): what is wrong in one cell (the line is said before) ---
    "csv_bad_consent": (
        "\"{value}\" er ikke et samtykke (brug ja, nej eller trukket tilbage, eller lad feltet stå tomt)",
        "\"{value}\" is not a consent (use yes, no or withdrawn, or leave it empty)",
    ),
    "csv_bad_consent_date": (
        "\"{value}\" er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)",
        "\"{value}\" is not a date (write YYYY-MM-DD or DD-MM-YYYY)",
    ),
    "csv_bad_protected": (
        "\"{value}\" er hverken ja eller nej (skriv ja, x eller 1 for en skærmet person)",
        "\"{value}\" is neither yes nor no (write yes, x or 1 for a protected person)",
    ),
    "csv_consent_family": (
        "samtykke registreres for personerne omkring familien, ikke for et familiemedlem",
        "consent is recorded for the people around the family, not for a family member",
    ),
    "csv_consent_date_alone": (
        "en samtykkedato kræver et samtykke i kolonnen for samtykke (ja, nej eller trukket tilbage)",
        "a consent date needs a consent in the consent column (yes, no or withdrawn)",
    ),
    # --- the meeting PDF's contact list (export/pdf.py) ---
    "pdf_consent": ("Samtykke", "Consent"),
    "pdf_consent_scope": ("omfang: {scope}", "scope: {scope}"),
    "pdf_scope_left_out": (
        "Pseudonymiseret: samtykkets omfang er udeladt, da det er fri tekst, der kan nævne hvem som helst.",
        "Pseudonymised: the consent's scope is left out, as free text may name anyone.",
    ),
    "pdf_protected_mark": ("⚠ SKÆRMET: må ikke orienteres eller inddrages", "⚠ PROTECTED: must not be told or involved"),
    "pdf_protected_banner": (
        "⚠ Skærmede personer – må ikke orienteres om eller inddrages i sagen, og kortet må ikke vises "
        "eller gives til dem: {names}.",
        "⚠ Protected people – must not be told about or involved in the case, and the map must not be shown "
        "or given to them: {names}.",
    ),
    # --- the family's own copy (model/family_copy.py, export/family_pdf.py): plain words, no case wording ---
    "fam_title_named": ("Familien {name} eget kort", "The {name} family's own map"),
    "fam_title": ("Jeres eget kort", "Your own map"),
    "fam_whole_family": ("hele familien", "the whole family"),
    "fam_intro": (
        "Kortet viser de mennesker, der er omkring jer, og hvem af dem der arbejder sammen om at hjælpe jer. "
        "Kortet er jeres. Sig til, hvis nogen mangler, eller hvis noget er forkert.",
        "The map shows the people around you, and which of them work together to help you. "
        "The map is yours. Please say so if someone is missing or something is wrong.",
    ),
    "fam_people": ("Det er de mennesker, der er omkring jer", "These are the people around you"),
    "fam_others": ("Andre", "Others"),
    "fam_no_one": ("Der er endnu ingen på kortet.", "There is no one on the map yet."),
    "fam_in_touch": ("{who} – har kontakt med {names}", "{who} – in touch with {names}"),
    "fam_together": ("De her arbejder sammen", "These work together"),
    "fam_pair": ("{a} og {b}", "{a} and {b}"),
    "fam_no_pairs": ("Ingen på kortet arbejder sammen endnu.", "No one on the map works together yet."),
    "fam_call": ("Hvem I kan ringe til", "Who to call"),
    "fam_coordinator": (
        "Jeres familiekoordinator er {who}. Ring til {name}, hvis I har spørgsmål, eller hvis noget skal ændres.",
        "Your family coordinator is {who}. Call {name} if you have questions or if something needs to change.",
    ),
    "fam_no_coordinator_caseworker": (
        "Der er ikke valgt en familiekoordinator endnu. Ring til jeres sagsbehandler, {name}, hvis I har spørgsmål.",
        "No family coordinator has been chosen yet. Call your caseworker, {name}, if you have questions.",
    ),
    "fam_no_coordinator": (
        "Der er ikke valgt en familiekoordinator endnu. Ring til jeres sagsbehandler, hvis I har spørgsmål.",
        "No family coordinator has been chosen yet. Call your caseworker if you have questions.",
    ),
    "fam_footer": ("Skymap · Familiens eget kort", "Skymap · The family's own map"),
    "fam_made": ("Lavet {date}", "Made {date}"),
    "fam_legend": ("Sådan læses kortet", "How to read the map"),
    "fam_plan": ("Det har vi aftalt", "What we agreed"),
    "fam_goals": ("Jeres mål", "Your goals"),
    "fam_todo": ("Hvem gør hvad", "Who does what"),
    "fam_todo_who": ("{who}: {what}", "{who}: {what}"),
    "fam_todo_family": ("I selv", "You yourselves"),
    "fam_todo_no_one": ("{what} – hvem der gør det, er ikke aftalt endnu",
                        "{what} – who does it is not agreed yet"),
    "fam_todo_due": ("{line} – senest {due}", "{line} – by {due}"),
    "fam_done": ("Det er gjort: {what}.", "Done already: {what}."),
    # --- skymap export --for family (cli_family.py) ---
    "family_pdf_only": ("Familiens eget kort er en PDF; skriv fx {path}.",
                        "The family's copy is a PDF; write e.g. {path}."),
    "family_no_pseudonym": ("Familiens eget kort bliver aldrig pseudonymiseret (kortet er deres); udelad --pseudonymise.",
                            "The family's copy is never pseudonymised (the map is theirs); leave out --pseudonymise."),
    "family_no_changes": ("--changes-since hører til mødets PDF, ikke til --for family.",
                          "--changes-since belongs to the meeting PDF, not to --for family."),
    "written_family": ("Familiens eget kort er gemt: {path}", "The family's copy is saved: {path}"),
    # --- the map's marks in the PDF legend (model/style.py BADGES, export/map_page.py) ---
    "legend_protected": ("skærmet person", "protected person"),
    "legend_protected_tie": ("forbindelse til skærmet person", "tie to a protected person"),
    "legend_ended_tie": ("forbindelse til ophørt person", "tie to someone no longer active"),
    "legend_consent_given": ("samtykke givet", "consent given"),
    "legend_consent_refused": ("samtykke afvist", "consent refused"),
    "legend_consent_withdrawn": ("samtykke trukket tilbage", "consent withdrawn"),
    "legend_consent_missing": ("samtykke mangler", "consent missing"),
}
