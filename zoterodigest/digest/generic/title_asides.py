"""What closes a title and is not its own: a translation (``Title (标题)``, ``Title / 标题``), a nickname glued
to it (``Title(KT-NET)``), a work's kind in GB/T 7714 (``Title[J]``), a link's
kind or a track in parentheses (``Title (paper)``, ``Title (practice)``) or a tag in brackets
(``Title [workshop]``).  Each function gives where the title ends without it.  Pure.
"""

from __future__ import annotations

import re

from ..markup import CJK_LETTER

_LATIN_WORDS = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}+(?:\W+[A-Za-z]{2,}+)+")
_GLUED_NICKNAME = re.compile(r"(?<=[a-z0-9])\((?=[^()]*[A-Z])[A-Za-z][\w\-]{1,15}(?: \d[\d.]{0,4})?\)")
_KIND_MARK = re.compile(r"\[(?:[JCDRNPSZA](?:/OL)?|EB/OL)\]")
_LAST_PAREN = re.compile(r"[ \t]*[(（](?P<inner>[^()（）]{2,200})[)）]$")


def drop_translation(line: str, t0: int, t1: int) -> int:
    """The title's end without a translation in parentheses after it (a CJK title after a
    Latin one, or a Latin one after a CJK title), a CJK one after a slash (``Title / 标题``) or either after an
    equals sign (``제목 = Title``)."""
    if t1 > t0 and (k := line.rfind(" / ", t0, t1)) > t0 + 4:
        eol = line.find("\n", k)  # ("Title / 标题": a translation after a slash, perhaps cut short by the title's end)
        before, after = line[t0:k], line[k + 3 : eol if eol >= 0 else len(line)][:200]
        if CJK_LETTER.search(after) and not CJK_LETTER.search(before) and _LATIN_WORDS.search(before):
            return k
    if (equals := _equals_translation(line, t0, t1)) is not None:
        return equals
    if line[t1 - 1 : t1] == "]" and (g := _KIND_MARK.search(line, max(t0, t1 - 8), t1)) is not None and g.end() == t1 and g.start() - t0 > 8:
        return g.start()  # ("Title[J]": GB/T 7714's mark of the work's kind, a journal article)
    if t1 <= t0 or line[t1 - 1] not in ")）":
        return t1  # (a cheap first look: the title ends with a parenthesis)
    if (g := _GLUED_NICKNAME.search(line, max(t0, t1 - 20), t1)) is not None and g.end() == t1 and g.start() - t0 >= 12:
        return g.start()  # ("Title(KT-NET)": the list's nickname glued to the title, no word of it)
    m = _LAST_PAREN.search(line, max(t0, t1 - 210), t1)
    if m is None or m.start() - t0 < 4:
        return t1
    inner, before = m.group("inner"), line[t0 : m.start()]
    if CJK_LETTER.search(inner) and not CJK_LETTER.search(before) and _LATIN_WORDS.search(before):
        return m.start()
    if CJK_LETTER.search(before) and not CJK_LETTER.search(inner) and _LATIN_WORDS.search(inner):
        return m.start()
    return t1


def _equals_translation(line: str, t0: int, t1: int) -> int | None:
    """Where a title in two languages written ``제목 = Title`` (a Korean thesis's, either first) ends its first, or None."""
    if t1 <= t0 or (k := line.find(" = ", t0, t1)) <= t0 + 4:
        return None
    before, after = line[t0:k], line[k + 3 : t1]
    cjk = CJK_LETTER.search(before) is not None
    return k if cjk != (CJK_LETTER.search(after) is not None) and _LATIN_WORDS.search(after if cjk else before) else None


_LABEL_IN_BRACKETS = re.compile(r"[ \t]*+(?:paper|pdf|ph\.?d\.?|slides?|video|code|blog|arxiv|link|journal|conference|workshop|poster|demo|oral|spotlight"
                                r"|(?:short|long|full)[ \t]++papers?)[ \t]*+", re.IGNORECASE)
#: An emoji's badge in bold closing a title: ``Title. **:triangular_flag_on_post:Owl Corp**``.
_BADGE = re.compile(r"\*\*:[a-z0-9_+\-]{1,40}:[^*:\n]{0,30}(?:\*\*)?+$")


def drop_label(line: str, t0: int, t1: int) -> int:
    """Where a title ends without a link's kind or a track in brackets after it (``Title (paper)``, ``Title (practice)``)
    or an emoji's badge in bold (``Title **:star:Owl Corp**``)."""
    if "**:" in line[max(t0, t1 - 80) : t1] and (b := _BADGE.search(line, max(t0, t1 - 80), t1)) and b.start() - t0 > 8:
        return len(line[: b.start()].rstrip(" \t."))
    k = line.rfind("(", t0, t1) if line[t1 - 1 : t1] == ")" else -1
    if k > t0 + 8 and t1 - k <= 90 and line[k - 1 : k] in " \t" and _STATUS.fullmatch(line, k + 1, t1 - 1):
        return k  # ("Title (In submission for ICFP'20)", "Title (2020 Preprint)": where the paper stands, no part of its title)
    return k if k > t0 + 8 and t1 - k <= 16 and (_LABEL_IN_BRACKETS.fullmatch(line, k + 1, t1 - 1)
                                                 or line[k - 1 : k] in " \t" and _TRACK.fullmatch(line, k + 1, t1 - 1)) else t1


#: A track or a kind in parentheses closing a title, one lower-case word (``Title (practice)``, ``Title (invited)``,
#: ``Title (paywall)``).
_TRACK = re.compile(r"practice|industry|research|tools?|paywall(?:ed)?|nier|seip|seis|tutorial|invited|keynote|survey|preprint|position|vision"
                    r"|experience|extended|abstract|highlight|findings|demos?|posters?")


#: Where a paper stands, in parentheses closing its title: ``(Preprint)``, ``(draft)``, ``(Tech Report)``, ``(Doctoral
#: dissertation, Owl University)``, ``(In submission for ICFP'20)``, ``(to appear in OOPSLA)``, ``(under review)``, a year
#: before it or not; or what a reading list makes of it: ``(Optional)``, ``(required reading)``, ``(currently in progress)``.
_STATUS = re.compile(r"(?i:(?:optional|required|recommended|supplementary|background)(?:[ \t]++reading)?"
                     r"|(?:(?:19|20)\d{2}[ \t]++)?(?:preprint|draft|tech(?:nical)?[ \t]++report|manuscript|unpublished|in[ \t]++press"
                     r"|under[ \t]++(?:review|submission)|working[ \t]++paper|forthcoming|work[ \t]++in[ \t]++progress"
                     r"|(?:currently[ \t]++)?in[ \t]++progress|ongoing|wip|to[ \t]++read|skimmed"
                     r"|(?:(?:bachelor|master|diploma|honou?rs|doctoral|ph\.?[ \t]?d\.?|msc|bsc)(?:['’]?s)?+[ \t]++)(?:thesis|dissertation)(?:,[ \t]*+[^()\n,]{2,70})?"
                     r"|(?:in[ \t]++submission|submitted|to[ \t]++appear|accepted)(?:[ \t]++(?:to|for|in|at|by)[ \t]++[^()\n]{1,24})?))")


#: A tag in brackets closing a title: ``Title [workshop]``, ``Title[short paper]``, ``Title [TBD]``.
_TAG_AFTER = re.compile(r"[ \t]*+\[[A-Za-z][\w\- ]{0,22}\]$")


def drop_tag(line: str, t0: int, t1: int) -> int:
    """Where a title ends without a tag of three words at most in brackets after it (a kind, a status)."""
    if line[t1 - 1 : t1] != "]" or (m := _TAG_AFTER.search(line, max(t0, t1 - 26), t1)) is None:
        return t1
    return m.start() if len(line[t0 : m.start()].split()) >= 2 and len(m.group(0).split()) <= 3 else t1


#: A model's name in brackets opening a title (``(MuZero) Mastering Atari...``, ``(AlphaGo Zero) Title``): two capitals
#: or digits at least, so ``(How) Do Owls Hoot`` keeps its first word.
_NICKNAME_LEAD = re.compile(r"[(（](?P<n>[A-Za-z0-9][\w.\-]{0,18}(?:[ \t][\w.\-]{1,12}){0,2})[)）][ \t]++(?=[A-Z\"“])")


def lead_nickname(line: str, t0: int, t1: int) -> int | None:
    """Where the title's words start after a model's name in brackets opening it; None when none does."""
    m = _NICKNAME_LEAD.match(line, t0, t1)
    if m is None or sum(c.isupper() or c.isdigit() for c in m.group("n")) < 2 or len(line[m.end() : t1].split()) < 3:
        return None
    return m.end()


def aside_ends(title: str) -> tuple[int, int]:
    """Where ``title``'s words start and end without a model's name in brackets opening it, pictographs closing it
    (``(MuZero) Title📝``; marks of the list's) and where the paper stands in brackets closing it (``(Master's thesis)``)."""
    start = lead_nickname(title, 0, len(title)) or 0
    end = len(title)
    while end > start and (title[end - 1] in " \t\ufe0f\u200d\u20e3" or _pictograph(title[end - 1])):
        end -= 1
    marked = any(_pictograph(c) for c in title[end:])
    end = end if marked and len(title[start:end].split()) >= 2 else len(title)
    k = title.rfind("(", start, end) if title[end - 1 : end] == ")" else -1  # ("Title (Bachelor's thesis)": its kind, no part of it)
    return start, k if k > start + 8 and end - k <= 90 and _STATUS.fullmatch(title, k + 1, end - 1) else end


def _pictograph(ch: str) -> bool:
    return 0x1F000 <= (o := ord(ch)) <= 0x1FAFF or 0x2600 <= o <= 0x27BF or 0x2B00 <= o <= 0x2BFF


#: A publisher's page title closing a link's text: the journal after a bar, or the site after a dash
#: (``Title | Nature Reviews Microbiology``, ``Title - ScienceDirect | Social Science & Medicine``, ``Title - The Lancet``).
_WORD = r"(?:[A-Z][\w&.\-]*+|of|the|and|in|for|on|&)"
_SITES = (r"ScienceDirect|The Lancet|PubMed|PMC|SpringerLink|Wiley Online Library|Scientific Reports|Nature|ResearchGate"
          r"|JSTOR|Oxford Academic|IEEE Xplore|ACM Digital Library|Semantic Scholar|PLOS ONE|MDPI|The BMJ|BMJ|JAMA"
          r"|Cell Press|bioRxiv|medRxiv|Taylor & Francis Online|SAGE Journals")
PAGE_CLOSE = re.compile(rf"(?<=[ \t])(?:\\?\|[ \t]++{_WORD}(?:[ \t]++{_WORD}){{0,7}}|[-–][ \t]++(?:{_SITES}))"
                         rf"(?:[ \t]++(?:\\?\|[ \t]++{_WORD}(?:[ \t]++{_WORD}){{0,7}}|[-–][ \t]++(?:{_SITES})))*+[ \t]*+$")


def unpaired_close(title: str) -> int | None:
    """Where ``title`` ends without a closing mark the list left unpaired (``Title]``, ``"Why?" Title"``), or None."""
    if title.endswith(("]", '"')) and (title.count("[") < title.count("]") or title.count('"') % 2) and len(title.split()) >= 3:
        return len(title) - 1
    return None
