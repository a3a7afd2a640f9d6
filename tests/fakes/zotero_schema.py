"""What a Zotero item may hold, and how the Zotero server normalises it.

Support module of :mod:`fakes.zotero_server`. It holds:

* schema facts (Zotero schema v41) for the item types the fake serves: their
  fields in schema order, their creator types (primary first) and the English
  labels the ``/itemTypes``, ``/itemFields`` ... endpoints return;
* the names of every field and creator type of schema v41, so that an unknown
  property is told apart from a field of another item type, as the server does;
* the data rules of the server (read from zotero/dataserver): object keys,
  per-property checks with the server's own messages, size limits, tag and
  creator clean-up, ``meta.creatorSummary`` and ``meta.parsedDate``;
* a note-HTML sanitiser, so that what is stored differs from what was sent.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

SCHEMA_VERSION = 41
NOTE_SCHEMA_VERSION = 9

KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
_KEY_FORMAT = re.compile(r"^[23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8}$")

NOTE_MAX_CHARS = 500_000
NAME_MAX_CHARS = 255  # tag, creator name, collection name
FIELD_MAX_BYTES = 65_535
MAX_WRITE_OBJECTS = 50


@dataclass(frozen=True)
class ItemType:
    """One item type: its fields in schema order and its creator types, primary first."""

    name: str
    label: str
    fields: tuple[str, ...]
    creator_types: tuple[str, ...] = ()

    @property
    def primary_creator_type(self) -> str | None:
        return self.creator_types[0] if self.creator_types else None


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text`` (compact lists of names)."""
    return tuple(text.split())


_TAIL = "citationKey url accessDate"  # recurring run in schema v41
_ARCHIVE_TAIL = "archive archiveLocation shortTitle language libraryCatalog callNumber rights extra"

ITEM_TYPES: dict[str, ItemType] = {
    t.name: t
    for t in (
        ItemType(
            "preprint",
            "Preprint",
            words(
                "title abstractNote genre repository archiveID place date series seriesNumber DOI "
                f"{_TAIL} {_ARCHIVE_TAIL}"
            ),
            ("author", "contributor", "editor", "translator", "reviewedAuthor"),
        ),
        ItemType(
            "conferencePaper",
            "Conference Paper",
            words(
                "title abstractNote proceedingsTitle conferenceName publisher place date eventPlace "
                "volume issue numberOfVolumes pages series seriesNumber DOI ISBN "
                f"{_TAIL} ISSN {_ARCHIVE_TAIL}"
            ),
            ("author", "contributor", "editor", "translator", "seriesEditor"),
        ),
        ItemType(
            "journalArticle",
            "Journal Article",
            words(
                "title abstractNote publicationTitle publisher place date volume issue section "
                "partNumber partTitle pages series seriesTitle seriesText journalAbbreviation DOI "
                f"{_TAIL} PMID PMCID ISSN {_ARCHIVE_TAIL}"
            ),
            ("author", "contributor", "editor", "translator", "reviewedAuthor"),
        ),
        ItemType(
            "book",
            "Book",
            words(
                "title abstractNote series seriesNumber volume numberOfVolumes edition date publisher "
                "place originalDate originalPublisher originalPlace format numPages ISBN DOI "
                f"{_TAIL} ISSN {_ARCHIVE_TAIL}"
            ),
            ("author", "contributor", "editor", "translator", "seriesEditor"),
        ),
        ItemType(
            "thesis",
            "Thesis",
            words(
                "title abstractNote thesisType university place date series seriesNumber numPages "
                f"DOI ISBN {_TAIL} ISSN {_ARCHIVE_TAIL}"
            ),
            ("author", "contributor"),
        ),
        ItemType(
            "report",
            "Report",
            words(
                "title abstractNote reportNumber reportType institution place date seriesTitle "
                f"seriesNumber pages DOI ISBN {_TAIL} ISSN {_ARCHIVE_TAIL}"
            ),
            ("author", "editor", "contributor", "translator", "seriesEditor"),
        ),
        ItemType(
            "webpage",
            "Web Page",
            words(
                f"title abstractNote websiteTitle websiteType date publisher place DOI {_TAIL} "
                "shortTitle language rights extra"
            ),
            ("author", "contributor", "translator"),
        ),
        ItemType("note", "Note", ()),
        ItemType("attachment", "Attachment", words("title accessDate url")),
    )
}

FIELD_LABELS: dict[str, str] = {
    "title": "Title", "abstractNote": "Abstract", "series": "Series", "seriesNumber": "Series Number",
    "volume": "Volume", "numberOfVolumes": "# of Volumes", "edition": "Edition", "date": "Date",
    "publisher": "Publisher", "place": "Place", "originalDate": "Original Date",
    "originalPublisher": "Original Publisher", "originalPlace": "Original Place", "format": "Format",
    "numPages": "# of Pages", "ISBN": "ISBN", "DOI": "DOI", "citationKey": "Citation Key", "url": "URL",
    "accessDate": "Accessed", "ISSN": "ISSN", "archive": "Archive", "archiveLocation": "Loc. in Archive",
    "shortTitle": "Short Title", "language": "Language", "libraryCatalog": "Library Catalog",
    "callNumber": "Call Number", "rights": "License", "extra": "Extra", "proceedingsTitle": "Proceedings Title",
    "conferenceName": "Conference Name", "eventPlace": "Event Place", "issue": "Issue", "pages": "Pages",
    "publicationTitle": "Publication", "section": "Section", "partNumber": "Part Number",
    "partTitle": "Part Title", "seriesTitle": "Series Title", "seriesText": "Series Text",
    "journalAbbreviation": "Journal Abbr", "PMID": "PMID", "PMCID": "PMCID", "genre": "Genre",
    "repository": "Repository", "archiveID": "Archive ID", "reportNumber": "Report Number",
    "reportType": "Report Type", "institution": "Institution", "thesisType": "Type",
    "university": "University", "websiteTitle": "Website Title", "websiteType": "Website Type",
}  # fmt: skip

CREATOR_TYPE_LABELS: dict[str, str] = {
    "author": "Author", "contributor": "Contributor", "editor": "Editor", "translator": "Translator",
    "seriesEditor": "Series Editor", "reviewedAuthor": "Reviewed Author",
}  # fmt: skip

CREATOR_FIELDS: tuple[tuple[str, str], ...] = (("firstName", "First"), ("lastName", "Last"), ("name", "Name"))

# Every field name of schema v41 (all 40 item types, base fields included). A name
# outside this set is "Invalid property"; a name inside it but not in the item's
# type is "'x' is not a valid field for type 't'" (when non-empty).
ALL_FIELD_NAMES = frozenset(
    words("""abstractNote accessDate applicationNumber archive archiveID archiveLocation artworkMedium
    artworkSize assignee audioFileType audioRecordingFormat authority billNumber blogTitle bookTitle
    callNumber caseName citationKey code codeNumber codePages codeVolume committee company
    conferenceName country court date dateDecided dateEnacted dictionaryTitle distributor docketNumber
    documentNumber DOI edition encyclopediaTitle episodeNumber eventPlace extra filingDate firstPage
    format forumTitle genre history identifier institution interviewMedium ISBN ISSN issue issueDate
    issuingAuthority journalAbbreviation label language legalStatus legislativeBody letterType
    libraryCatalog manuscriptType mapType medium meetingName nameOfAct network number numberOfVolumes
    numPages organization originalDate originalPlace originalPublisher pages partNumber partTitle
    patentNumber place PMCID PMID postType presentationType priorityDate priorityNumbers
    proceedingsTitle programmingLanguage programTitle publicationTitle publicLawNumber publisher
    references reporter reporterVolume reportNumber reportType repository repositoryLocation rights
    runningTime scale section series seriesNumber seriesText seriesTitle session sessionTitle
    shortTitle status studio subject system thesisType title type university url versionNumber
    videoRecordingFormat volume websiteTitle websiteType""")
)

ALL_CREATOR_TYPES = frozenset(
    words("""artist contributor performer originalCreator composer wordsBy translator sponsor cosponsor
    author commenter editor seriesEditor bookAuthor counsel programmer reviewedAuthor recipient
    director producer scriptwriter castMember host guest narrator interviewee interviewer
    cartographer inventor attorneyAgent podcaster executiveProducer seriesCreator presenter chair
    organizer creator""")
)

# Item types that exist in schema v41 but that this fake does not model.
UNMODELLED_ITEM_TYPES = frozenset(
    words("""annotation artwork audioRecording bill blogPost bookSection case computerProgram
    dataset dictionaryEntry document email encyclopediaArticle film forumPost hearing instantMessage
    interview letter magazineArticle manuscript map newspaperArticle patent podcast presentation
    radioBroadcast standard statute tvBroadcast videoRecording""")
)

ITEM_RELATION_PREDICATES = frozenset(
    words("""owl:sameAs dc:replaces dc:relation mendeleyDB:documentUUID mendeleyDB:remoteDocumentUUID
    mendeleyDB:fileHash mendeleyDB:annotationUUID mendeleyDB:relatedDocumentUUID
    mendeleyDB:relatedRemoteDocumentUUID mendeleyDB:relatedFileHash mendeleyDB:notebookUUID""")
)
COLLECTION_RELATION_PREDICATES = frozenset({"owl:sameAs", "mendeleyDB:remoteFolderUUID"})
_EXTERNAL_PREDICATE_PREFIX = "mendeleyDB:"
_ITEM_URI = re.compile(r"^http://zotero\.org/(users|groups)/[0-9]+/(publications/)?items/[A-Z0-9]{8}$")
_COLLECTION_URI = re.compile(r"^http://zotero\.org/(users|groups)/[0-9]+/(publications/)?collections/[A-Z0-9]{8}$")

ATTACHMENT_PROPERTIES = frozenset({"linkMode", "contentType", "charset", "filename", "md5", "mtime", "path"})
ANNOTATION_PROPERTIES = frozenset(
    words("""annotationType annotationAuthorName annotationText annotationComment annotationColor
    annotationPageLabel annotationSortIndex annotationPosition""")
)


class ObjectRejected(Exception):
    """One uploaded object is refused: becomes ``failed[i]`` (or the status of a single-object write)."""

    def __init__(self, code: int, message: str, data: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data


def bad_input(message: str) -> ObjectRejected:
    return ObjectRejected(400, message)


# --- keys -------------------------------------------------------------------


def is_valid_key(value: Any) -> bool:
    return isinstance(value, str) and bool(_KEY_FORMAT.match(value))


def new_key(rng: random.Random) -> str:
    return "".join(rng.choice(KEY_ALPHABET) for _ in range(8))


# --- type and field lookups ---------------------------------------------------


def field_is_valid_for(item_type: str, name: str) -> bool:
    known = ITEM_TYPES.get(item_type)
    return known is not None and name in known.fields


def creator_type_is_valid_for(item_type: str, creator_type: str) -> bool:
    known = ITEM_TYPES.get(item_type)
    return known is not None and creator_type in known.creator_types


def item_template(item_type: str) -> dict[str, Any]:
    """The JSON of ``GET /items/new?itemType=T``: every field empty, one empty primary creator."""
    spec = ITEM_TYPES[item_type]
    template: dict[str, Any] = {"itemType": item_type}
    for index, name in enumerate(spec.fields):
        template[name] = ""
        if index == 0 and spec.primary_creator_type:
            template["creators"] = [{"creatorType": spec.primary_creator_type, "firstName": "", "lastName": ""}]
    if item_type == "note":
        template["note"] = ""
    template.update({"tags": [], "collections": [], "relations": {}})
    return template


def all_fields_in_order() -> list[str]:
    names: list[str] = []
    for spec in ITEM_TYPES.values():
        names.extend(name for name in spec.fields if name not in names)
    return names


# --- dates ------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_ISO_LIKE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+Z?)?$")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_WORD = re.compile(r"[A-Za-z]+")
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
SQL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SQL_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:?\d{2})$")


def _checked(year: int, month: int, day: int) -> tuple[int, int, int]:
    if not 1 <= month <= 12:
        return year, 0, 0
    return year, month, day if 1 <= day <= 31 else 0


def date_parts(text: str) -> tuple[int, int, int] | None:
    """Year, month, day (0 when unknown) of a free-form date, like Zotero's strToDate."""
    value = text.strip()
    if not value:
        return None
    if match := _ISO_LIKE.match(value):
        return _checked(int(match[1]), int(match[2] or 0), int(match[3] or 0))
    if match := _NUMERIC_DMY.match(value):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        month, day = (first, second) if first <= 12 else (second, first)  # US order first, as Zotero
        return _checked(year, month, day)
    year_match = _YEAR.search(value)
    if not year_match:
        return None
    rest = value[: year_match.start()] + " " + value[year_match.end() :]
    month = next((_MONTHS[w.lower()] for w in _WORD.findall(rest) if w.lower() in _MONTHS), 0)
    day_match = _DAY.search(rest) if month else None
    return _checked(int(year_match[1]), month, int(day_match[1]) if day_match else 0)


def parsed_date(text: str) -> str | None:
    """``meta.parsedDate``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (reduced precision is dropped)."""
    parts = date_parts(text)
    if not parts or parts[0] == 0:
        return None
    year, month, day = parts
    out = f"{year:04d}"
    if month:
        out += f"-{month:02d}"
        if day:
            out += f"-{day:02d}"
    return out


def sql_to_iso(sql: str) -> str:
    """The server's sqlToISO8601: ``2024-01-02 03:04:05`` -> ``2024-01-02T03:04:05Z``."""
    if len(sql) > 10:
        return f"{sql[:10]}T{sql[11:]}Z"
    return sql


def access_date_to_sql(value: str, now_sql: str) -> str:
    if value == "CURRENT_TIMESTAMP":
        return now_sql
    if ISO_DATETIME.match(value):
        return value[:10] + " " + value[11:19]
    return value


# --- meta.creatorSummary ----------------------------------------------------------


def creator_summary(item_type: str, creators: list[dict[str, str]]) -> str:
    """Primary creators, else editors, else contributors: ``A``, ``A and B`` or ``A et al.``."""
    spec = ITEM_TYPES.get(item_type)
    candidates = [spec.primary_creator_type if spec else None, "editor", "contributor"]
    for creator_type in candidates:
        names = [c.get("lastName", c.get("name", "")) for c in creators if c["creatorType"] == creator_type]
        if len(names) == 1:
            return names[0]
        if len(names) == 2:
            return f"{names[0]} and {names[1]}"
        if len(names) >= 3:
            return f"{names[0]} et al."
    return ""


# --- per-property checks (the server's validateJSONItem, with its messages) --------


@dataclass
class ItemCheck:
    """What the checks need to know about the object being written."""

    item_type: str
    is_new: bool
    is_child: bool
    key: str | None = None


def check_item_property(name: str, value: Any, ctx: ItemCheck) -> None:
    """Raise :class:`ObjectRejected` when one JSON property would be refused by the server."""
    if name in ("key", "version"):
        return
    checker = _PROPERTY_CHECKS.get(name)
    if checker:
        checker(value, ctx)
    elif name in ATTACHMENT_PROPERTIES:
        if ctx.item_type == "attachment":
            return  # checked together by fakes.zotero_files.check_attachment
        raise bad_input(f"'{name}' is valid only for attachment items")
    elif name in ANNOTATION_PROPERTIES:
        raise bad_input(f"'{name}' is valid only for annotation items")
    elif name not in ALL_FIELD_NAMES:
        raise bad_input(f"Invalid property '{name}'")
    elif isinstance(value, (list, dict)):
        raise bad_input(f"Unexpected array for property '{name}'")


def _check_parent_item(value: Any, ctx: ItemCheck) -> None:
    if value is False:
        return
    if not is_valid_key(value):
        raise bad_input("'parentItem' must be a valid item key or false")
    if ctx.key and value == ctx.key:
        raise bad_input(
            f"Item {value} cannot be a child of itself\n\n"
            "Check your database integrity from the Advanced → Files and Folders pane of the Zotero preferences."
        )


def _check_item_type(value: Any, ctx: ItemCheck) -> None:
    if not isinstance(value, str):
        raise bad_input("'itemType' must be a string")
    if value in UNMODELLED_ITEM_TYPES:
        raise bad_input(f"Fake Zotero server: item type '{value}' is not modelled (only {sorted(ITEM_TYPES)})")
    if value not in ITEM_TYPES:
        raise bad_input(f"'{value}' is not a valid itemType")
    if ctx.is_child and value not in ("note", "attachment"):
        raise bad_input("Child item must be note, attachment, or annotation")


def _check_tags(value: Any, ctx: ItemCheck) -> None:
    if not isinstance(value, list):
        raise bad_input("'tags' property must be an array")
    for tag in value:
        if not isinstance(tag, dict):
            raise bad_input("Tag must be an object")
        if not tag:
            raise bad_input("Tag object is empty")
        for prop, prop_value in tag.items():
            if prop == "tag":
                if not isinstance(prop_value, (str, int, float)) or isinstance(prop_value, bool):
                    raise bad_input("Invalid tag name")
            elif prop == "type":
                if not _is_numeric(prop_value):
                    raise bad_input(f"Invalid tag type '{prop_value}'")
            else:
                raise bad_input(f"Invalid tag property '{prop}'")


def _check_collections(value: Any, ctx: ItemCheck) -> None:
    if not isinstance(value, list):
        raise bad_input("'collections' property must be an array")
    if ctx.is_child and value:
        raise bad_input("Child items cannot be assigned to collections")
    for key in value:
        if not is_valid_key(key):
            raise bad_input(f"'{key}' is not a valid collection key")


def check_relations(value: Any, predicates: frozenset[str], uri_format: re.Pattern[str], kind: str) -> None:
    if value == []:
        return
    if not isinstance(value, dict):
        raise bad_input("'relations' property must be an object")
    for predicate, targets in value.items():
        if predicate not in predicates:
            raise bad_input(f"Unsupported predicate '{predicate}'")
        if predicate.startswith(_EXTERNAL_PREDICATE_PREFIX):
            continue
        for uri in [targets] if isinstance(targets, str) else targets:
            if not isinstance(uri, str) or not uri_format.match(uri):
                raise bad_input(f"'relations' values currently must be Zotero {kind} URIs")


def _check_item_relations(value: Any, ctx: ItemCheck) -> None:
    check_relations(value, ITEM_RELATION_PREDICATES, _ITEM_URI, "item")


def collection_relations_check(value: Any) -> None:
    check_relations(value, COLLECTION_RELATION_PREDICATES, _COLLECTION_URI, "collection")


def _blank(value: Any) -> bool:
    return not isinstance(value, str) or value.strip() == ""


def _check_creators(value: Any, ctx: ItemCheck) -> None:
    if not isinstance(value, list):
        raise bad_input("'creators' property must be an array")
    for creator in value:
        if not isinstance(creator, dict) or "creatorType" not in creator:
            raise bad_input("creator object must contain 'creatorType'")
        if all(_blank(creator.get(k)) for k in ("name", "firstName", "lastName")):
            if len(value) == 1 and ctx.is_new:
                continue  # the single empty creator of the /items/new template is ignored
            raise bad_input("creator object must contain 'firstName'/'lastName' or 'name'")
        for prop in creator:
            _check_creator_property(prop, creator, ctx.item_type)


def _check_creator_property(prop: str, creator: dict[str, Any], item_type: str) -> None:
    if prop == "creatorType":
        creator_type = creator[prop]
        if creator_type not in ALL_CREATOR_TYPES:
            raise bad_input(f"'{creator_type}' is not a valid creator type")
        if not creator_type_is_valid_for(item_type, creator_type) and creator_type != "author":
            raise bad_input(f"'{creator_type}' is not a valid creator type for item type '{item_type}'")
    elif prop in ("firstName", "lastName"):
        other = "lastName" if prop == "firstName" else "firstName"
        if other not in creator:
            raise bad_input(f"'{other}' creator field must be set if '{prop}' is set")
        if "name" in creator:
            raise bad_input(f"'{prop}' and 'name' creator fields are mutually exclusive")
    elif prop == "name":
        for other in ("firstName", "lastName"):
            if other in creator:
                raise bad_input(f"'{other}' and 'name' creator fields are mutually exclusive")
    else:
        raise bad_input(f"Invalid creator property '{prop}'")


def _check_note(value: Any, ctx: ItemCheck) -> None:
    if ctx.item_type not in ("note", "attachment"):
        raise bad_input("'note' property is valid only for note and attachment items")


def _check_deleted(value: Any, ctx: ItemCheck) -> None:
    if not isinstance(value, bool) and value not in (0, 1):
        raise bad_input("'deleted' must be a boolean")


def _check_in_publications(value: Any, ctx: ItemCheck) -> None:
    if value and not ctx.is_child and ctx.item_type == "note":
        raise bad_input("Top-level notes and attachments cannot be added to My Publications")


def _check_access_date(value: Any, ctx: ItemCheck) -> None:
    if value in ("", "CURRENT_TIMESTAMP"):
        return
    if not isinstance(value, str) or not (
        SQL_DATE.match(value) or SQL_DATETIME.match(value) or ISO_DATETIME.match(value)
    ):
        raise bad_input(
            f"'accessDate' must be in ISO 8601 or UTC 'YYYY-MM-DD[ hh:mm:ss]' format or 'CURRENT_TIMESTAMP' ({value})"
        )


def _check_timestamp(name: str):
    def check(value: Any, ctx: ItemCheck) -> None:
        if not isinstance(value, str) or not (SQL_DATETIME.match(value) or ISO_DATETIME.match(value)):
            raise bad_input(f"'{name}' must be in ISO 8601 or UTC 'YYYY-MM-DD hh:mm:ss' format ({value})")

    return check


def _is_numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and bool(re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value))


_PROPERTY_CHECKS = {
    "parentItem": _check_parent_item,
    "itemType": _check_item_type,
    "tags": _check_tags,
    "collections": _check_collections,
    "relations": _check_item_relations,
    "creators": _check_creators,
    "note": _check_note,
    "deleted": _check_deleted,
    "inPublications": _check_in_publications,
    "accessDate": _check_access_date,
    "dateAdded": _check_timestamp("dateAdded"),
    "dateModified": _check_timestamp("dateModified"),
}


# --- clean-up of accepted values --------------------------------------------------


def clean_creators(raw: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Creators as the server stores them; stops at the first empty one, as the server does."""
    out: list[dict[str, str]] = []
    for creator in raw:
        if "name" in creator:
            name = str(creator["name"]).strip()
            if not name:
                break
            cleaned = {"creatorType": creator["creatorType"], "name": name}
        else:
            first, last = str(creator.get("firstName", "")).strip(), str(creator.get("lastName", "")).strip()
            if not first and not last:
                break
            cleaned = {"creatorType": creator["creatorType"], "firstName": first, "lastName": last}
        for value in (cleaned.get("name"), cleaned.get("firstName"), cleaned.get("lastName")):
            if value and len(value) > NAME_MAX_CHARS:
                raise ObjectRejected(
                    413,
                    f"The creator name ‘{value[:50]}…’ is too long to sync. Shorten the name and sync again.\n\n"
                    "If you receive this message repeatedly for items saved from a particular site, "
                    "you can report this issue in the Zotero Forums.",
                    {"field": "creator", "value": value[:50]},
                )
        out.append(cleaned)
    return out


def clean_tags(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tags as stored: trimmed, empty ones dropped, ``type`` an int (0 manual, 1 automatic)."""
    out: list[dict[str, Any]] = []
    for tag in raw:
        name = str(tag.get("tag", "")).strip()
        if not name:
            continue
        if len(name) > NAME_MAX_CHARS:
            raise ObjectRejected(413, f"Tag '{name[:50]}…' too long", {"tag": name})
        entry = {"tag": name, "type": int(float(tag.get("type", 0) or 0))}
        if entry not in out:
            out.append(entry)
    return out


def field_value(value: Any) -> str:
    if value is None or value is False:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def check_field_size(name: str, value: str) -> None:
    if len(value.encode("utf-8")) > FIELD_MAX_BYTES:
        label = FIELD_LABELS.get(name, name)
        raise ObjectRejected(
            413, f"{label} field value '{value[:50]}…' too long", {"field": label, "value": value[:50]}
        )


def check_note_size(note: str) -> None:
    if len(note) > NOTE_MAX_CHARS:
        excerpt = re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", note)).strip()[:79] or note[:79]
        raise ObjectRejected(413, f"Note '{excerpt}...' too long")


# --- note HTML sanitising ---------------------------------------------------------

_DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "noscript", "template", "frameset"})
_DROPPED_TAGS = frozenset({"embed", "frame", "base", "link", "meta"})
_VOID_TAGS = frozenset({"area", "br", "col", "hr", "img", "input", "source", "track", "wbr"}) | _DROPPED_TAGS
_BLOCK_TAGS = frozenset(
    words("""address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6
    header hr li ol p pre section table tbody td tfoot th thead tr ul""")
)
_CLOSES_P = _BLOCK_TAGS - {"br", "dd", "dt", "li", "tbody", "td", "tfoot", "th", "thead", "tr"}
_IMPLIED_END = {
    "li": ("li",), "dt": ("dt", "dd"), "dd": ("dt", "dd"), "tr": ("tr", "td", "th"), "td": ("td", "th"),
    "th": ("td", "th"),
}  # fmt: skip
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "background", "poster", "cite"})
_UNSAFE_URL = re.compile(r"^(javascript|vbscript|data:text/html)", re.IGNORECASE)
_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")


@dataclass
class _Token:
    kind: str  # "start" | "end" | "void" | "text"
    name: str = ""
    attrs: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""


class _NoteTokenizer(HTMLParser):
    """Parses note HTML into a balanced token list without the dangerous parts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[_Token] = []
        self.open: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag not in _VOID_TAGS:
                self.skipping.append(tag)
            return
        if tag in _DROPPED_WITH_CONTENT:
            self.skipping.append(tag)
            return
        if tag in _DROPPED_TAGS:
            return
        safe = [(name, value or "") for name, value in attrs if _attribute_is_safe(name, value or "")]
        if self.open and (self.open[-1] in _IMPLIED_END.get(tag, ()) or (tag in _CLOSES_P and self.open[-1] == "p")):
            self.tokens.append(_Token("end", self.open.pop()))  # e.g. <li>a<li>b, <p>a<div>
        if tag in _VOID_TAGS:
            self.tokens.append(_Token("void", tag, safe))
        else:
            self.tokens.append(_Token("start", tag, safe))
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                while self.skipping.pop() != tag:
                    pass
            return
        if tag not in self.open:
            return  # stray end tag
        while self.open:
            name = self.open.pop()
            self.tokens.append(_Token("end", name))
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping and data:
            self.tokens.append(_Token("text", text=data))

    def close(self) -> None:
        super().close()
        while self.open:
            self.tokens.append(_Token("end", self.open.pop()))


def _attribute_is_safe(name: str, value: str) -> bool:
    if name.startswith("on"):
        return False
    if name in _URL_ATTRIBUTES:
        compact = re.sub(r"[\x00-\x20]+", "", html.unescape(value))
        return not _UNSAFE_URL.match(compact)
    return True


def _merge_texts(tokens: list[_Token]) -> list[_Token]:
    merged: list[_Token] = []
    for token in tokens:
        if token.kind == "text" and merged and merged[-1].kind == "text":
            merged[-1] = _Token("text", text=merged[-1].text + token.text)
        else:
            merged.append(token)
    return merged


def _normalise_whitespace(tokens: list[_Token]) -> list[_Token]:
    tokens = _merge_texts(tokens)
    out: list[_Token] = []
    in_pre = 0
    for index, token in enumerate(tokens):
        if token.kind in ("start", "end") and token.name == "pre":
            in_pre += 1 if token.kind == "start" else -1
        if token.kind != "text" or in_pre:
            out.append(token)
            continue
        text = _SPACE_RUN.sub(" ", token.text)
        if text == " ":
            before = tokens[index - 1] if index else None
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            touches_block = any(t is not None and t.kind != "text" and t.name in _BLOCK_TAGS for t in (before, after))
            if before is None or after is None:
                continue
            text = "\n" if touches_block else " "
        out.append(_Token("text", text=text))
    return out


def _is_wrapped(tokens: list[_Token]) -> bool:
    first = tokens[0] if tokens else None
    if not first or first.kind != "start" or first.name != "div":
        return False
    if not any(name == "data-schema-version" for name, _ in first.attrs):
        return False
    depth = 0
    for index, token in enumerate(tokens):
        if token.kind == "start":
            depth += 1
        elif token.kind == "end":
            depth -= 1
            if depth == 0:
                return index == len(tokens) - 1
    return False


def _serialise(tokens: list[_Token]) -> str:
    parts: list[str] = []
    for token in tokens:
        if token.kind == "text":
            parts.append(html.escape(token.text, quote=False))
        elif token.kind == "end":
            parts.append(f"</{token.name}>")
        else:
            attrs = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in token.attrs)
            parts.append(f"<{token.name}{attrs}>")
    return "".join(parts)


def sanitize_note(note: str, wrap: bool = True) -> str:
    """Note HTML as the fake stores it.

    Drops ``<script>``/``<style>``/``<iframe>``/``<object>`` elements, ``on*``
    attributes and ``javascript:`` URLs, comments and stray end tags; closes
    open tags; collapses whitespace (outside ``<pre>``), turning whitespace
    between block tags into one newline; and, with ``wrap``, puts the result in
    ``<div data-schema-version="9">`` unless it already is. Idempotent.
    """
    if not note.strip():
        return note
    tokenizer = _NoteTokenizer()
    tokenizer.feed(note)
    tokenizer.close()
    tokens = _normalise_whitespace(tokenizer.tokens)
    body = _serialise(tokens)
    if wrap and not _is_wrapped(tokens):
        body = f'<div data-schema-version="{NOTE_SCHEMA_VERSION}">{body}</div>'
    return body
