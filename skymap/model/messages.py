"""Messages the model, storage and command line give to a person, in Danish and English.

The Qt interface translates its own widgets with Qt's translation system; the sentences
here come from code that has no Qt (errors, statistics, findings), so they live in a small
catalogue of their own that both the command line and the interface read.
"""

from __future__ import annotations

import locale
import os
import re
from typing import TypeVar

from .messages_consent import CONSENT_MESSAGES
from .vocabulary import normalise_language

_T = TypeVar("_T")

_CATALOGUE: dict[str, tuple[str, str]] = {
    # --- file errors ---
    "file_not_found": ("Filen findes ikke: {path}", "The file does not exist: {path}"),
    "file_is_directory": (
        "{path} er en mappe, ikke et kort.",
        "{path} is a folder, not a map.",
    ),
    "file_unreadable": (
        "Filen {path} kan ikke læses ({reason}).",
        "The file {path} cannot be read ({reason}).",
    ),
    "file_too_large": (
        "Filen {path} er for stor til at være et kort ({size}; højst {limit}).",
        "The file {path} is too large to be a map ({size}; at most {limit}).",
    ),
    "file_not_regular": (
        "{path} er ikke en almindelig fil (men fx en enhed eller en kanal); Skymap læser kun almindelige filer.",
        "{path} is not a regular file (but e.g. a device or a pipe); Skymap reads only regular files.",
    ),
    "not_json": (
        "Filen {path} er ikke et Skymap-kort: den kan ikke læses som JSON "
        "(linje {line}, kolonne {column}). Den kan være beskadiget eller afkortet.",
        "The file {path} is not a Skymap map: it cannot be read as JSON "
        "(line {line}, column {column}). It may be damaged or cut short.",
    ),
    "not_text": (
        "Filen {path} er ikke et Skymap-kort: den indeholder ikke tekst.",
        "The file {path} is not a Skymap map: it does not contain text.",
    ),
    "nested_too_deep": ("den er indlejret for dybt", "it is nested too deeply"),
    "empty_file": (
        "Filen {path} er tom; den er ikke et Skymap-kort.",
        "The file {path} is empty; it is not a Skymap map.",
    ),
    "no_migration": (
        "Kortet {path} har filformat {version}, som denne udgave af Skymap ikke kan opgradere.",
        "The map {path} has file format {version}, which this Skymap cannot upgrade.",
    ),
    "not_skymap": (
        "Filen {path} er ikke et Skymap-kort (den mangler \"format\": \"skymap\").",
        "The file {path} is not a Skymap map (it lacks \"format\": \"skymap\").",
    ),
    "bad_version": (
        "Filen {path} har et ugyldigt versionsnummer ({version}).",
        "The file {path} has an invalid version number ({version}).",
    ),
    "newer_version": (
        "Kortet {path} er gemt af en nyere udgave af Skymap (filformat {version}; denne "
        "udgave kan læse op til {supported}). Opdatér Skymap for at åbne det.",
        "The map {path} was saved by a newer Skymap (file format {version}; this version "
        "reads up to {supported}). Update Skymap to open it.",
    ),
    "invalid_map": (
        "Kortet {path} er ugyldigt: {detail}",
        "The map {path} is invalid: {detail}",
    ),
    "invalid_field": ("feltet {where}: {problem}", "field {where}: {problem}"),
    "duplicate_id": (
        "id'et \"{id}\" bruges mere end én gang",
        "the id \"{id}\" is used more than once",
    ),
    "dangling_domain": (
        "personen \"{owner}\" er placeret i området \"{ref}\", som ikke findes",
        "the person \"{owner}\" is placed in the domain \"{ref}\", which does not exist",
    ),
    "dangling_end": (
        "forbindelsen \"{owner}\" går til \"{ref}\", som ikke findes",
        "the tie \"{owner}\" goes to \"{ref}\", which does not exist",
    ),
    "dangling_owner": (
        "aftalen \"{owner}\" er lagt på \"{ref}\", som ikke findes på kortet",
        "the agreement \"{owner}\" is given to \"{ref}\", who is not on the map",
    ),
    "goal_empty": ("Et mål skal have en tekst.", "A goal needs a text."),
    "goal_too_long": ("Et mål er højst {limit} tegn; skriv det kortere.", "A goal is at most {limit} characters; write it shorter."),
    "goal_no_such": ("Der er intet mål nummer {number} (der er {count}).", "There is no goal number {number} (there are {count})."),
    "bad_contact": (
        "kontakten \"{id}\" skal forbinde en person med et familiemedlem eller familien",
        "the contact \"{id}\" must connect a person with a family member or the family",
    ),
    "bad_coordination": (
        "samarbejdet \"{id}\" skal forbinde to personer uden for familien",
        "the coordination tie \"{id}\" must connect two people outside the family",
    ),
    "pv_string_type": ("skal være en tekst", "must be text"),
    "pv_int": ("skal være et heltal", "must be a whole number"),
    "pv_float": ("skal være et tal", "must be a number"),
    "pv_bool": ("skal være true eller false", "must be true or false"),
    "pv_missing": ("mangler", "is missing"),
    "pv_extra": ("er ukendt", "is unknown"),
    "pv_choice": ("skal være en af: {expected}", "must be one of: {expected}"),
    "pv_too_long": ("er for lang (højst {max_length} tegn)", "is too long (at most {max_length} characters)"),
    "pv_too_short": ("må ikke være tom", "must not be empty"),
    "pv_range": ("er uden for det tilladte område", "is out of range"),
    "pv_pattern": ("har et ugyldigt format", "has an invalid format"),
    "pv_list": ("skal være en liste", "must be a list"),
    "pv_object": ("skal være et objekt", "must be an object"),
    "pv_date": ("skal være en dato eller et tidspunkt", "must be a date or a time"),
    "pv_control": (
        "indeholder et kontroltegn (fx NUL, tabulator eller linjeskift), som ikke må stå der",
        "contains a control character (e.g. NUL, tab or line break), which is not allowed there",
    ),
    "duplicate_key": (
        "nøglen \"{name}\" står mere end én gang i samme objekt ({where})",
        "the key \"{name}\" appears more than once in the same object ({where})",
    ),
    "duplicate_key_root": (
        "nøglen \"{name}\" står mere end én gang øverst i filen",
        "the key \"{name}\" appears more than once at the top of the file",
    ),
    "pv_other": ("har en ugyldig værdi", "has an invalid value"),
    "self_link": (
        "forbindelsen \"{id}\" forbinder en person med sig selv",
        "the tie \"{id}\" connects a person with themself",
    ),
    "save_failed": (
        "Kortet kunne ikke gemmes i {path} ({reason}). Den tidligere fil er uændret.",
        "The map could not be saved to {path} ({reason}). The previous file is unchanged.",
    ),
    "save_failed_new": (
        "{path} kunne ikke gemmes ({reason}).",
        "{path} could not be saved ({reason}).",
    ),
    "file_changed": (
        "{path} er blevet ændret af et andet program, siden den blev åbnet eller gemt her.",
        "{path} has been changed by another program since it was opened or saved here.",
    ),
    "map_locked": (
        "{path} er åben i Skymap hos {user} på {host} siden {since}. Luk den dér først, eller brug --force.",
        "{path} is open in Skymap by {user} on {host} since {since}. Close it there first, or use --force.",
    ),
    "output_exists": (
        "{path} findes allerede. Brug --force for at overskrive den.",
        "{path} already exists. Use --force to overwrite it.",
    ),
    # --- CSV import ---
    "csv_unreadable": (
        "Kontaktlisten {path} kan ikke læses ({reason}).",
        "The contact list {path} cannot be read ({reason}).",
    ),
    "csv_not_regular": (
        "Kontaktlisten {path} er ikke en almindelig fil (men fx en enhed eller en kanal); gem listen som en fil "
        "og importér den.",
        "The contact list {path} is not a regular file (but e.g. a device or a pipe); save the list as a file "
        "and import that.",
    ),
    "csv_encoding": (
        "Kontaktlisten {path} er hverken UTF-8 eller Windows-1252. Gem den fra Excel som "
        "\"CSV UTF-8\".",
        "The contact list {path} is neither UTF-8 nor Windows-1252. Save it from Excel as "
        "\"CSV UTF-8\".",
    ),
    "csv_empty": ("Kontaktlisten {path} er tom.", "The contact list {path} is empty."),
    "csv_no_name_column": (
        "Kontaktlisten {path} har ingen kolonne \"navn\" eller \"name\" i første linje "
        "(fandt: {found}). Er filen adskilt med komma eller semikolon?",
        "The contact list {path} has no \"name\" or \"navn\" column in its first line "
        "(found: {found}). Is the file separated by commas or semicolons?",
    ),
    "csv_problems": (
        "Kontaktlisten {path} blev ikke importeret; intet er gemt. {count} fejl:",
        "The contact list {path} was not imported; nothing was written. {count} problem(s):",
    ),
    "csv_problem": ("linje {line}, kolonne \"{column}\": {problem}", "line {line}, column \"{column}\": {problem}"),
    "csv_unreadable_line": ("linjen kan ikke læses ({reason})", "the line cannot be read ({reason})"),
    "csv_bad_details": (
        "ukendt angivelse i [ ]: \"{value}\" (brug kvalitet og/eller hyppighed, fx [stærk/ugentlig])",
        "unknown detail in [ ]: \"{value}\" (use quality and/or frequency, e.g. [strong/weekly])",
    ),
    "csv_cpr": (
        "cellen ligner et CPR-nummer; CPR-numre må ikke stå i et kort — fjern dem fra listen",
        "the cell looks like a CPR number; national ID numbers must not be in a map — remove them from the list",
    ),
    "csv_too_long": (
        "teksten er for lang (højst {limit} tegn) — mangler der et anførselstegn?",
        "the text is too long (at most {limit} characters) — is a quotation mark missing?",
    ),
    "csv_control": (
        "cellen indeholder et kontroltegn (fx NUL, tabulator eller linjeskift), som ikke må stå i et navn",
        "the cell contains a control character (e.g. NUL, tab or line break), which a name must not hold",
    ),
    "csv_missing_name": ("navnet mangler", "the name is missing"),
    "csv_unknown_kind": (
        "ukendt type \"{value}\" (brug familie, fagperson eller privat)",
        "unknown kind \"{value}\" (use family, professional or private)",
    ),
    "csv_unknown_frequency": (
        "ukendt hyppighed \"{value}\" (brug ugentlig, månedlig, kvartalsvis eller sjældent)",
        "unknown frequency \"{value}\" (use weekly, monthly, quarterly or rarely)",
    ),
    "csv_unknown_quality": (
        "ukendt kvalitet \"{value}\" (brug stærk, middel, svag, belastet eller brudt)",
        "unknown quality \"{value}\" (use strong, moderate, weak, strained or broken)",
    ),
    "csv_bad_flag": (
        "\"{value}\" er hverken ja eller nej",
        "\"{value}\" is neither yes nor no",
    ),
    "csv_not_kept": ("{name}, linje {line}: {said}", "{name}, line {line}: {said}"),
    "birth_year_not_kept": (
        "Et fødselsår skal være mellem {first} og {last}: {value} blev ikke gemt.",
        "A birth year must be between {first} and {last}: {value} was not kept.",
    ),
    "csv_duplicate_name": (
        "navnet \"{name}\" står også i linje {other}",
        "the name \"{name}\" also appears in line {other}",
    ),
    "csv_unknown_person": (
        "\"{name}\" står ikke i listen",
        "\"{name}\" is not in the list",
    ),
    "csv_not_family": (
        "\"{name}\" er ikke et familiemedlem",
        "\"{name}\" is not a family member",
    ),
    "csv_not_actor": (
        "\"{name}\" er ikke en fagperson eller en person fra det private netværk",
        "\"{name}\" is not a professional or a person from the private network",
    ),
    "csv_family_ties": (
        "et familiemedlem kan ikke have {column}; skriv forbindelsen på den anden persons linje",
        "a family member cannot have {column}; put the tie on the other person's line",
    ),
    "csv_self_tie": ("en person kan ikke samarbejde med sig selv", "a person cannot coordinate with themself"),
    "csv_too_large": (
        "Kontaktlisten {path} er for stor ({size}; højst {limit}).",
        "The contact list {path} is too large ({size}; at most {limit}).",
    ),
    "csv_too_many_people": (
        "Kontaktlisten {path} blev ikke importeret: kortet ville få {people} personer, men et kort kan højst "
        "rumme {limit}. Del listen op i flere kort.",
        "The contact list {path} was not imported: the map would hold {people} people, but a map holds at "
        "most {limit}. Split the list into several maps.",
    ),
    "csv_too_many_ties": (
        "Kontaktlisten {path} blev ikke importeret: kortet ville få op til {ties} forbindelser, men et kort "
        "kan højst rumme {limit}. Del listen op i flere kort.",
        "The contact list {path} was not imported: the map would hold up to {ties} ties, but a map holds at "
        "most {limit}. Split the list into several maps.",
    ),
    "csv_bad_row": (
        "linjen har {found} felter, men overskriften har {expected}",
        "the line has {found} fields but the header has {expected}",
    ),
    "csv_out_refused": (
        "Kortet kan ikke gemmes som kontaktliste ({path}): {reason}. En kontaktliste kender kun personerne "
        "på deres navne; ret det og eksportér igen.",
        "The map cannot be exported as a contact list ({path}): {reason}. A contact list knows people only "
        "by their names; correct this and export again.",
    ),
    "csv_out_blank_name": ("en person har intet navn (rolle: {role})", "a person has no name (role: {role})"),
    "csv_out_duplicate_name": ("to personer hedder \"{name}\"", "two people are named \"{name}\""),
    "csv_out_same_name": (
        "\"{name}\" og \"{other}\" er det samme navn i en kontaktliste",
        "\"{name}\" and \"{other}\" are the same name in a contact list",
    ),
    "csv_out_bar": (
        "navnet \"{name}\" indeholder \"|\", som adskiller navnene i en kontaktliste",
        "the name \"{name}\" contains \"|\", which separates names in a contact list",
    ),
    "csv_out_family_word": (
        "et familiemedlem hedder \"{name}\", som i en kontaktliste betyder hele familien",
        "a family member is named \"{name}\", which in a contact list means the whole family",
    ),
    "csv_out_cpr": (
        "oplysningerne om \"{name}\" indeholder noget, der ligner et CPR-nummer, som en kontaktliste afviser",
        "the details of \"{name}\" hold what looks like a CPR number, which a contact list refuses",
    ),
    "csv_out_blank_cloud": (
        "\"{name}\" er i en sky uden navn",
        "\"{name}\" is in a cloud without a name",
    ),
    # --- findings and statistics ---
    "f_member_contacts_1": (
        "{name} ({role}) er i kontakt med 1 fagperson.",
        "{name} ({role}) is in contact with 1 professional.",
    ),
    "f_member_contacts_n": (
        "{name} ({role}) er i kontakt med {count} fagpersoner.",
        "{name} ({role}) is in contact with {count} professionals.",
    ),
    "f_isolated_1": (
        "1 fagperson samarbejder ikke med nogen anden fagperson: {names}.",
        "1 professional works with no other professional: {names}.",
    ),
    "f_isolated_n": (
        "{count} fagpersoner samarbejder ikke med nogen anden fagperson: {names}.",
        "{count} professionals work with no other professional: {names}.",
    ),
    "f_no_coordinator": (
        "Der er ikke valgt en familiekoordinator.",
        "No family coordinator has been chosen.",
    ),
    "f_coordinator": ("{name} er familiekoordinator.", "{name} is the family coordinator."),
    "f_many_coordinators": (
        "{count} personer er markeret som familiekoordinator: {names}. Der bør være én.",
        "{count} people are marked as family coordinator: {names}. There should be one.",
    ),
    "f_broker": (
        "{name} er det eneste bindeled mellem {groups}.",
        "{name} is the only link between {groups}.",
    ),
    "f_sides": (
        "{one} på den ene side og {other} på den anden",
        "{one} on one side and {other} on the other",
    ),
    "f_rest_of_network": ("resten af netværket", "the rest of the network"),
    "f_group": ("{name} og {count} andre", "{name} and {count} others"),
    "f_groups": ("{count} grupper: {groups}", "{count} groups: {groups}"),
    "f_group_in": ("{name} og {count} andre i {clouds}", "{name} and {count} others in {clouds}"),
    "f_brokers": (
        "Alt samarbejde mellem {groups} går gennem {names}: falder én af dem fra, er forbindelsen brudt.",
        "All coordination between {groups} goes through {names}: if any one of them drops out, "
        "the connection is lost.",
    ),
    "f_family_bridge": (
        "Kun familien forbinder {count} adskilte grupper af fagpersoner: de samarbejder ikke "
        "indbyrdes, og familien må selv koordinere mellem dem.",
        "Only the family connects {count} separate groups of professionals: they do not "
        "work with each other, and the family must coordinate between them itself.",
    ),
    "f_strained": (
        "{count} forbindelser er belastede eller brudte.",
        "{count} ties are strained or broken.",
    ),
    "f_strained_1": ("1 forbindelse er belastet eller brudt.", "1 tie is strained or broken."),
    "and": ("og", "and"),
    "and_more": ("og {count} andre", "and {count} more"),
    "and_more_1": ("og 1 anden", "and 1 more"),
    "s_summary": (
        "{family} har {members}, {pros} og {private} fra det private netværk omkring sig.",
        "{family} has {members}, {pros} and {private} from the private network around it.",
    ),
    "s_the_family": ("Familien", "The family"),
    "s_coordination": (
        "Fagpersonerne har {count} indbyrdes, fordelt på {components}.",
        "The professionals have {count} among themselves, in {components}.",
    ),
    "s_contacts": (
        "Fagpersonerne har {count} med familien.",
        "The professionals have {count} with the family.",
    ),
    "s_ended_1": ("1 person er ikke længere aktiv.", "1 person is no longer active."),
    "s_ended_n": ("{count} personer er ikke længere aktive.", "{count} people are no longer active."),
    "s_per_domain": ("Personer pr. område:", "People per domain:"),
    "s_no_domain": ("uden område", "no domain"),
    "s_findings": ("Fund:", "Findings:"),
    # --- print (PDF/SVG) ---
    "pdf_confidential": ("FORTROLIGT", "CONFIDENTIAL"),
    "pdf_sensitive": ("Indeholder personfølsomme oplysninger", "Contains sensitive personal data"),
    "pdf_pseudonymised": ("Pseudonymiseret udgave", "Pseudonymised version"),
    "pdf_family": ("Familie", "Family"),
    "pdf_date": ("Dato", "Date"),
    "pdf_caseworker": ("Sagsbehandler", "Caseworker"),
    "pdf_legend": ("Signaturforklaring", "Legend"),
    "pdf_flow": ("hjælpens retning", "flow of help"),
    "pdf_contact": ("kontakt med familien", "contact with the family"),
    "pdf_coordination": ("samarbejde", "coordination"),
    "pdf_professional": ("fagperson", "professional"),
    "pdf_private": ("privat netværk", "private network"),
    "pdf_member": ("familiemedlem", "family member"),
    "pdf_coordinator": ("familiekoordinator", "family coordinator"),
    "pdf_core": ("kerneteam", "core team"),
    "pdf_ended": ("ikke længere aktiv", "no longer active"),
    "pdf_contact_list": ("Kontaktliste", "Contact list"),
    "pdf_name": ("Navn", "Name"),
    "pdf_role": ("Rolle", "Role"),
    "pdf_org": ("Organisation", "Organisation"),
    "pdf_meets": ("Møder", "Meets"),
    "pdf_frequency": ("Hyppighed", "Frequency"),
    "pdf_coordinates": ("Samarbejder med", "Coordinates with"),
    "pdf_marks": ("Markering", "Marked"),
    "pdf_no_cloud": ("Uden område", "No domain"),
    "pdf_continued": ("fortsat", "continued"),
    "pdf_whole_family": ("hele familien", "the whole family"),
    "pdf_counts": ("Optælling", "Counts"),
    "pdf_findings": ("Fund", "Findings"),
    "pdf_page": ("side {page} af {total}", "page {page} of {total}"),
    "pdf_count_family": ("Familiemedlemmer", "Family members"),
    "pdf_count_pros": ("Fagpersoner", "Professionals"),
    "pdf_count_private": ("Privat netværk", "Private network"),
    "pdf_count_contacts": ("Kontakter med familien", "Contacts with the family"),
    "pdf_count_coordination": ("Samarbejdsforbindelser mellem fagpersoner", "Coordination ties between professionals"),
    "pdf_count_isolated": ("Fagpersoner uden samarbejde", "Professionals who work with no one else"),
    "pdf_count_groups": ("Adskilte grupper af fagpersoner", "Separate groups of professionals"),
    "pdf_count_member": ("Fagpersoner i kontakt med {name}", "Professionals in contact with {name}"),
    "pdf_none": ("Ingen", "None"),
    # --- statuses and change ---
    "status_not_found": (
        "Kortet har ingen status »{label}« (kendte: {known}).",
        "The map has no status “{label}” (known: {known}).",
    ),
    "status_no_label": ("En status skal have et navn.", "A status needs a name."),
    "status_exists": (
        "Kortet har allerede en status »{label}«; vælg et andet navn.",
        "The map already has a status “{label}”; choose another name.",
    ),
    "status_added": ("Status »{label}« ({date}) er gemt i {path}.", "Status “{label}” ({date}) saved in {path}."),
    "status_removed": ("Status »{label}« er fjernet fra {path}.", "Status “{label}” removed from {path}."),
    "status_none": ("Kortet har ingen statusser endnu.", "The map has no statuses yet."),
    "status_line": (
        "{label}  ({date}): {pros} fagpersoner, {coordination} samarbejdsforbindelser, {isolated} uden samarbejde",
        "{label}  ({date}): {pros} professionals, {coordination} coordination ties, {isolated} working with no one",
    ),
    "d_now": ("nu", "now"),
    "d_new_mark": ("NY", "NEW"),  # on the canvas: a person who came since the earlier status
    "d_left_tip": ("Gået: {name}", "Left: {name}"),  # on the canvas: a person who has left
    "d_professionals": (
        "Antallet af fagpersoner er gået fra {before} til {after}.",
        "The number of professionals went from {before} to {after}.",
    ),
    "d_left": ("{count} er gået: {names}.", "{count} left: {names}."),
    "d_came": ("{count} er kommet til: {names}.", "{count} came: {names}."),
    "d_now_coordinate": ("{a} og {b} samarbejder nu.", "{a} and {b} now coordinate."),
    "d_coordinator_chosen": ("Der er valgt en familiekoordinator: {names}.", "A family coordinator was chosen: {names}."),
    "d_coordinator_gone": ("Der er ikke længere en familiekoordinator.", "There is no longer a family coordinator."),
    "d_coordinator_changed": ("Familiekoordinator er nu {names}.", "The family coordinator is now {names}."),
    "d_tie_changed": (
        "Forbindelsen mellem {a} og {b} er gået fra {before} til {after}.",
        "The tie between {a} and {b} went from {before} to {after}.",
    ),
    "d_renamed": ("{old} hedder nu {new}.", "{old} is now called {new}."),
    "d_moved": ("{name} er flyttet fra {before} til {after}.", "{name} moved from {before} to {after}."),
    "d_ended": ("{who} er ophørt.", "{who} has ended."),
    "d_resumed": ("{who} er aktiv igen.", "{who} is active again."),
    "d_coordination": (
        "Samarbejdsforbindelser mellem fagpersoner: {before} før, {after} nu.",
        "Coordination ties between professionals: {before} before, {after} now.",
    ),
    "d_isolated": (
        "Fagpersoner uden samarbejde: {before} før, {after} nu.",
        "Professionals who work with no one else: {before} before, {after} now.",
    ),
    # Two statuses compared: the later side is a status, not now (issue 21).
    "d_coordination_between": (
        "Samarbejdsforbindelser mellem fagpersoner: {before} ved {earlier}, {after} ved {later}.",
        "Coordination ties between professionals: {before} at {earlier}, {after} at {later}.",
    ),
    "d_isolated_between": (
        "Fagpersoner uden samarbejde: {before} ved {earlier}, {after} ved {later}.",
        "Professionals who work with no one else: {before} at {earlier}, {after} at {later}.",
    ),
    "rc_diff_mean_between": (
        "Relationel koordinering, netværkets gennemsnit: {before} ved {earlier}, {after} ved {later}.",
        "Relational coordination, network mean: {before} at {earlier}, {after} at {later}.",
    ),
    "d_member_contacts": (
        "{name} er i kontakt med {after} fagpersoner (før {before}).",
        "{name} is in contact with {after} professionals ({before} before).",
    ),
    "d_nothing": ("Intet er ændret.", "Nothing has changed."),
    "d_nothing_but_plan": (
        "Intet er ændret på kortet; ændringerne i den fælles plan står på planens side.",
        "Nothing has changed on the map; the changes in the joint plan are on its page.",
    ),
    "d_changes_since": ("Ændringer siden {label}", "Changes since {label}"),
    "d_changes_between": ("Ændringer fra {earlier} til {later}", "Changes from {earlier} to {later}"),
    "d_figures": ("Nøgletal over tid", "Key figures over time"),
    # --- relational coordination (model/rc.py, storage/rc_import.py) ---
    "rc_none": (
        "Ingen samarbejdsforbindelser har fået en score for relationel koordinering endnu.",
        "No coordination tie has a relational-coordination score yet.",
    ),
    "rc_mean": (
        "Relationel koordinering: netværkets gennemsnit er {mean} ({band}) over {count} scorede forbindelser.",
        "Relational coordination: the network mean is {mean} ({band}) over {count} scored ties.",
    ),
    "rc_by_dimension": ("Pr. dimension:", "By dimension:"),
    "rc_weakest": ("Svageste forbindelser:", "Weakest ties:"),
    "rc_pairs": ("Pr. par af områder:", "By pair of clouds:"),
    "rc_weak_pair": (
        "Samarbejdet mellem {a} og {b} er svagt ({score}): {dims} lavest.",
        "Coordination between {a} and {b} is weak ({score}): {dims} lowest.",
    ),
    "rc_weak_within": (
        "Samarbejdet inden for {a} er svagt ({score}): {dims} lavest.",
        "Coordination within {a} is weak ({score}): {dims} lowest.",
    ),
    "rc_weak_core": (
        "Samarbejdet mellem {a} og {b} i kerneteamet er svagt ({score}): {dims} lavest.",
        "Coordination between {a} and {b} in the core team is weak ({score}): {dims} lowest.",
    ),
    "rc_diff_mean": (
        "Relationel koordinering, netværkets gennemsnit: {before} før, {after} nu.",
        "Relational coordination, network mean: {before} before, {after} now.",
    ),
    "rc_diff_tie": (
        "Forbindelsen mellem {a} og {b}: {before} → {after}.",
        "The tie between {a} and {b}: {before} → {after}.",
    ),
    "rc_title": ("Relationel koordinering", "Relational coordination"),
    "rc_since": ("Relationel koordinering siden {label}", "Relational coordination since {label}"),
    "rc_between": ("Relationel koordinering fra {earlier} til {later}", "Relational coordination from {earlier} to {later}"),
    "rc_then": ("før", "then"),
    "rc_now": ("nu", "now"),
    "rc_network_mean": ("Netværkets gennemsnit", "Network mean"),
    "rc_improved": ("Mest forbedrede forbindelser", "Ties that improved most"),
    "rc_fell": ("Forbindelser der faldt mest", "Ties that fell most"),
    "rc_matrix": ("Gennemsnit pr. par af områder", "Mean by pair of clouds"),
    "rc_scored_ties": ("Scorede forbindelser: {before} før, {after} nu.", "Scored ties: {before} then, {after} now."),
    "rc_page_mean": ("Netværkets gennemsnit: {before} før, {after} nu.", "Network mean: {before} then, {after} now."),
    # Two statuses compared on the PDF's page of relational coordination: the later side is a status, not now.
    "rc_scored_ties_between": ("Scorede forbindelser: {before} ved {earlier}, {after} ved {later}.",
                               "Scored ties: {before} at {earlier}, {after} at {later}."),
    "rc_page_mean_between": ("Netværkets gennemsnit: {before} ved {earlier}, {after} ved {later}.",
                             "Network mean: {before} at {earlier}, {after} at {later}."),
    "rc_saved": (
        "{scored} forbindelser scoret ({created} nye samarbejdsforbindelser).",
        "{scored} ties scored ({created} new coordination ties).",
    ),
    "rc_unreadable": (
        "Scorefilen {path} kan ikke læses ({reason}).",
        "The score file {path} cannot be read ({reason}).",
    ),
    "rc_not_regular": (
        "Scorefilen {path} er ikke en almindelig fil; gem den som en fil og indlæs den.",
        "The score file {path} is not a regular file; save it as a file and load that.",
    ),
    "rc_too_large": (
        "Scorefilen {path} er for stor ({size}; højst {limit}).",
        "The score file {path} is too large ({size}; at most {limit}).",
    ),
    "rc_encoding": (
        "Scorefilen {path} er hverken UTF-8 eller Windows-1252. Gem den fra Excel som \"CSV UTF-8\".",
        "The score file {path} is neither UTF-8 nor Windows-1252. Save it from Excel as \"CSV UTF-8\".",
    ),
    "rc_empty": ("Scorefilen {path} er tom.", "The score file {path} is empty."),
    "rc_no_columns": (
        "Scorefilen {path} skal have kolonnerne \"fra\" og \"til\" (eller \"from\" og \"to\") og mindst én "
        "dimension i første linje (fandt: {found}).",
        "The score file {path} needs the columns \"from\" and \"to\" (or \"fra\" and \"til\") and at least "
        "one dimension in its first line (found: {found}).",
    ),
    "rc_problems": (
        "Scorerne i {path} blev ikke indlæst; intet er ændret. {count} fejl:",
        "The scores in {path} were not loaded; nothing was changed. {count} problem(s):",
    ),
    "rc_unknown_name": (
        "\"{name}\" findes ikke på kortet",
        "\"{name}\" is not on the map",
    ),
    "rc_ambiguous_name": (
        "flere personer på kortet hedder \"{name}\"",
        "more than one person on the map is named \"{name}\"",
    ),
    "rc_family": (
        "\"{name}\" er et familiemedlem; relationel koordinering scores kun mellem fagpersoner",
        "\"{name}\" is a family member; relational coordination is scored only between professionals",
    ),
    "rc_bad_score": (
        "\"{value}\" er ikke en score fra 1 til 5",
        "\"{value}\" is not a score from 1 to 5",
    ),
    "rc_not_professionals": (
        "{a} og {b} har ingen samarbejdsforbindelse, og en ny oprettes kun mellem to fagpersoner",
        "{a} and {b} have no coordination tie, and a new one is made only between two professionals",
    ),
    "rc_twice": (
        "forbindelsen mellem {a} og {b} står også i linje {other}",
        "the tie between {a} and {b} is also on line {other}",
    ),
    "rc_missing_name": ("navnet mangler", "the name is missing"),
    "rc_too_many_rows": (
        "Scorefilen {path} har flere end {limit} linjer; del den op.",
        "The score file {path} has more than {limit} lines; split it up.",
    ),
    # --- command line ---
    "no_app_yet": (
        "Skymaps vindue kan ikke startes: {reason}",
        "Skymap's window cannot be started: {reason}",
    ),
    "bad_date": ("\"{value}\" er ikke en dato som 2027-02-28 (år-måned-dag).",
                 "\"{value}\" is not a date like 2027-02-28 (year-month-day)."),
    "changes_pdf_only": (
        "--changes-since gælder kun PDF (-o FIL.pdf).",
        "--changes-since only applies to a PDF (-o FILE.pdf).",
    ),
    "export_format": (
        "{path}: ukendt filtype; brug en af {formats}",
        "{path}: unknown kind of file; use one of {formats}",
    ),
    "export_sections": (
        "ukendte sider: {value}; vælg blandt {sections}",
        "unknown sections: {value}; choose from {sections}",
    ),
    "png_width": (
        "--width {value} kan ikke bruges: vælg en bredde fra {low} til {high} pixels.",
        "--width {value} cannot be used: choose a width from {low} to {high} pixels.",
    ),
    "written": ("Gemt: {path}", "Saved: {path}"),
    "valid": ("{path} er et gyldigt Skymap-kort.", "{path} is a valid Skymap map."),
    "import_summary": (
        "{added} tilføjet, {updated} ændret, {removed} fjernet, {ties} nye forbindelser.",
        "{added} added, {updated} updated, {removed} removed, {ties} new ties.",
    ),
    "import_removed_ties": ("Forbindelser fjernet: {count} ({ties}).", "Ties removed: {count} ({ties})."),
    "family_title": ("Familien {name}", "The {name} family"),
    "untitled": ("Nyt kort", "New map"),
    # --- password-protected maps (storage/protect.py, cli_protect.py) ---
    "wrong_password": ("Forkert adgangskode til {path}.", "Wrong password for {path}."),
    "password_needed": (
        "{path} er beskyttet med en adgangskode; angiv den med --password-file FIL.",
        "{path} is protected with a password; give it with --password-file FILE.",
    ),
    "password_no_terminal": (
        "{path} er beskyttet med en adgangskode, og der er ingen terminal at spørge i: brug --password-file FIL.",
        "{path} is protected with a password and there is no terminal to ask on: use --password-file FILE.",
    ),
    "password_prompt": ("Adgangskode til {path}: ", "Password for {path}: "),
    "password_prompt_new": ("Ny adgangskode: ", "New password: "),
    "password_prompt_again": ("Gentag den nye adgangskode: ", "Repeat the new password: "),
    "password_mismatch": ("De to adgangskoder er ikke ens.", "The two passwords differ."),
    "password_file_empty": ("Adgangskodefilen {path} er tom.", "The password file {path} is empty."),
    "password_file_unreadable": (
        "Adgangskodefilen {path} kan ikke læses: {reason}",
        "The password file {path} cannot be read: {reason}",
    ),
    "password_too_short": (
        "Adgangskoden skal være mindst {length} tegn lang.",
        "The password must be at least {length} characters long.",
    ),
    "protected_damaged": (
        "Det beskyttede kort {path} er beskadiget (afkortet eller ændret) og kan ikke åbnes. Prøv sikkerhedskopien "
        "(.bak).",
        "The protected map {path} is damaged (cut short or altered) and cannot be opened. Try its backup (.bak).",
    ),
    "protected_newer": (
        "Kortet {path} er beskyttet med en nyere udgave af Skymap (beskyttelsesformat {version}; denne udgave kan "
        "læse op til {supported}). Opdatér Skymap for at åbne det.",
        "The map {path} was protected by a newer Skymap (protection format {version}; this version reads up to "
        "{supported}). Update Skymap to open it.",
    ),
    "protected_done": ("{path} er nu beskyttet med en adgangskode.", "{path} is now protected with a password."),
    "protected_changed": ("Adgangskoden til {path} er ændret.", "The password of {path} has been changed."),
    "protected_removed": (
        "Adgangskoden er fjernet: {path} er nu ubeskyttet.",
        "The password has been removed: {path} is no longer protected.",
    ),
    "not_protected": ("{path} er ikke beskyttet med en adgangskode.", "{path} is not protected with a password."),
    "already_protected": (
        "{path} er allerede beskyttet; brug --new-password-file for at skifte adgangskode.",
        "{path} is already protected; use --new-password-file to change the password.",
    ),
    "clear_export_refused": (
        "{path} er beskyttet med en adgangskode; en ukrypteret eksport kræver --allow-clear "
        "(eller en PDF med --pdf-password-file).",
        "{path} is protected with a password; an unencrypted export needs --allow-clear "
        "(or a PDF with --pdf-password-file).",
    ),
    "cpr_in_option": (
        "Et CPR-nummer gemmes aldrig i et kort: fjern det fra {option}.",
        "A CPR number is never stored in a map: remove it from {option}.",
    ),
    "option_too_long": (
        "{option} er for lang: højst {limit} tegn.",
        "{option} is too long: at most {limit} characters.",
    ),
    "option_control": (
        "{option} må ikke indeholde linjeskift eller andre kontroltegn.",
        "{option} must not contain line breaks or other control characters.",
    ),
    "cpr_in_map_warning": (
        "Advarsel: {path} indeholder noget, der ligner et CPR-nummer (i {places}). CPR-numre må ikke gemmes i et "
        "kort; fjern det i Skymap.",
        "Warning: {path} holds what looks like a CPR number (in {places}). CPR numbers must not be stored in a "
        "map; remove it in Skymap.",
    ),
    "cpr_export_refused": (
        "{path} indeholder noget, der ligner et CPR-nummer (i {places}), så det eksporteres ikke. Fjern det, "
        "eller brug --allow-cpr.",
        "{path} holds what looks like a CPR number (in {places}), so it is not exported. Remove it, or use "
        "--allow-cpr.",
    ),
    "png_reduced": (
        "Kortet er meget højt eller bredt, så billedet er gjort mindre: {width}×{height} pixels.",
        "The map is very tall or wide, so the picture was made smaller: {width}×{height} pixels.",
    ),
    "pdf_password_pdf_only": (
        "--pdf-password-file gælder kun eksport til PDF.",
        "--pdf-password-file applies to PDF exports only.",
    ),
}
_CATALOGUE.update(CONSENT_MESSAGES)  # consent and protection (messages_consent.py)


_NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "member": (("familiemedlem", "familiemedlemmer"), ("family member", "family members")),
    "professional": (("fagperson", "fagpersoner"), ("professional", "professionals")),
    "person": (("person", "personer"), ("person", "people")),
    "contact": (("kontakt", "kontakter"), ("contact", "contacts")),
    "coordination": (("samarbejdsforbindelse", "samarbejdsforbindelser"), ("coordination tie", "coordination ties")),
    "group": (("adskilt gruppe", "adskilte grupper"), ("separate group", "separate groups")),
}


def pick(pair: tuple[_T, _T], lang: str | None) -> _T:
    """The Danish or the English of a (Danish, English) pair. Outside Qt, every choice of
    language goes through here (`message`, `count_noun`, `number` use it; a table of words
    such as a cloud's common roles or a CSV header does too); vocabulary.label is the same
    rule for the labels of the enumerations."""
    return pair[0] if normalise_language(lang) == "da" else pair[1]


def count_noun(count: int, noun: str, lang: str = "en") -> str:
    """ "1 fagperson", "3 fagpersoner", "3 professionals": a number with its noun."""
    singular, plural = pick(_NOUNS[noun], lang)
    return f"{count} {singular if count == 1 else plural}"


def number(value: float, lang: str, digits: int = 1) -> str:
    """A decimal number as a person reads it: "2,1" in Danish, "2.1" in English."""
    text = f"{value:.{digits}f}"
    return pick((text.replace(".", ","), text), lang)


def human_size(n: int) -> str:
    """A file size for people: "812 bytes", "3.4 kB", "64 MB"."""
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.1f} kB"
    return f"{n / 1_000_000:.1f} MB".replace(".0 MB", " MB")


class LocalText:
    """A message to be said later in whatever language the whole sentence is said in."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params

    def text(self, lang: str) -> str:
        return message(self.key, lang, **self.params)

    def __repr__(self) -> str:
        return f"LocalText({self.key!r}, {self.params!r})"


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_text(when, lang: str | None) -> str:
    """A date in a sentence for people, as the reader writes it: 01.12.2026 in Danish,
    1 Dec 2026 in English (never the ISO form, which JSON output keeps)."""
    if normalise_language(lang) == "da":
        return f"{when.day:02d}.{when.month:02d}.{when.year}"
    return f"{when.day} {_MONTHS_EN[when.month - 1]} {when.year}"


def message(key: str, lang: str = "en", **params: object) -> str:
    """The message `key` in "da" or "en" with `params` filled in (LocalText params too)."""
    text = pick(_CATALOGUE[key], lang)
    if not params:
        return text
    resolved = {k: (v.text(lang) if isinstance(v, LocalText) else v) for k, v in params.items()}
    return text.format(**resolved)


QUOTE_LIMIT = 140
"""The most characters of a text from a file (a key, a name, a path) an error message
quotes; a longer one is cut in the middle."""
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """Text from a file as an error message may show it: control characters (a line break,
    a terminal's escape sequence, a right-to-left override) written as escapes such as \\n
    or \\x1b, and a text longer than `limit` cut in the middle with "…"."""
    text = str(value)
    if len(text) > limit * 4:  # (escaping a megabyte to keep 140 characters of it is waste)
        text = text[: limit * 2] + text[-limit:]
        cut = True
    else:
        cut = False
    text = _UNSAFE.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                            else f"\\u{ord(m.group()):04x}"), text)
    if cut or len(text) > limit:
        tail = limit // 4
        text = text[: limit - tail - 1] + "…" + text[-tail:]
    return text


def error_message(key: str, lang: str = "en", **params: object) -> str:
    """`message` for an error: every text in `params` (and in the LocalText among them) is
    quoted with `quote`, since it may come from the file or list being complained about."""
    safe = {k: _quoted(v, lang) for k, v in params.items()}
    return message(key, lang, **safe)


def _quoted(value: object, lang: str) -> object:
    if isinstance(value, LocalText):
        return error_message(value.key, lang, **value.params)
    if isinstance(value, (str, os.PathLike)):
        return quote(value)
    return value


def system_language() -> str:
    """Danish on a Danish system, English otherwise (read from the environment only)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value.split(":")[0])
    try:
        tag = locale.getlocale()[0]
    except ValueError:
        tag = None
    return normalise_language(tag)


from .plan_messages import PLAN_MESSAGES  # noqa: E402 - the joint plan's sentences, kept in their own file

_CATALOGUE.update(PLAN_MESSAGES)
