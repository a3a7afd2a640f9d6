"""Paper headings whose links are missing, known by the names line under them, as their siblings are:

::

    ##### • URHand: Universal Relightable Hands. [\\[PDF\\]](https://arxiv.org/pdf/2401.05334)
    _Zhaoxi Chen, Gyeongsik Moon, Kaiwen Guo_

    ##### • Physics-aware Hand-object Interaction Denoising
    _Haowen Luo, Yunze Liu, Li Yi_

In a run of sibling headings (one level, no heading above them between) of which three or more are
papers by their links and most of those have their authors on the first line under them, a heading
written as those are (:func:`heading_shape`, but for the links after it) with no link, three words or more, and an author list on its
first line is a paper too: the names are the template's, a topic heading has none.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from ..markup import cjk_words, plain
from .links import link_class
from .name_lists import cjk_names, is_name_list, person_names

_LEAST = 3
#: A heading that is one link and nothing else (``### [Title](url)``).
LINK_ONLY = re.compile(r" {0,3}#{1,6}[ \t]++\[[^\[\]]++\]\([^()\s]*+\)[ \t#]*+$")
#: The emphasis or list marks around a line of names (``_Ann Barn, Bob Tawny_``, ``*Ann Barn*``).
_MARKS = " \t*_"


def names_under(doc: Document, h: int) -> bool:
    """Whether the first line of text under heading ``h`` is an author list and nothing else."""
    for k in range(h + 1, min(len(doc.lines), h + 3)):
        line = doc.lines[k].strip()
        if not line:
            continue
        if line.startswith(("#", "|", "<", "[", "-", "!")) or "](" in line or "http" in line:
            return False
        text = plain(line).strip(_MARKS).rstrip(".")
        return len(text) <= 400 and "," in text and is_name_list(text) and person_names(text)
    return False


#: A citation key alone on its line (```2017-tica-metadynamics```, ``[barn2017owls]``): a rendered bibliography's.
_KEY_LINE = re.compile(r"[ \t]*+(?:`[\w:.\-/]{3,80}+`|\[[\w:.\-]{3,80}+\])[ \t]*+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_RUN_LEAST = 5
#: A year closing a byline (``Ann Barn & Bob Tawny 2016``), as good as its pages.
_YEAR_END = re.compile(r"(?<=[^\W\d_])[ \t,]++\(?(?:19|20)\d{2}\)?$")
#: An ampersand or "and" between two names.
_AMPERSAND = re.compile(r"(?<![ \t])[ \t]*+&[ \t]*+|(?<![ \t])[ \t]++and[ \t]++")
#: The pages of an article closing its byline (``Pages 39-47``, ``pp. 1-38``), as good as its year.
_PAGES = re.compile(r"\b(?:pages?|pp?\.)[ \t]*+\d{1,5}(?:[ \t]*+[-–][ \t]*+\d{1,5})?+\.?+$", re.IGNORECASE)


def _byline_near(doc: Document, h: int, nxt: int) -> bool:
    """Whether heading ``h`` has an author list (names parted by commas or semicolons) on one of its first
    two lines of text (a citation key's line before it skipped), and a year in its lines (to ``nxt``)."""
    seen = 0
    for k in range(h + 1, min(nxt, h + 8)):
        line = doc.lines[k].strip()
        if not line or _KEY_LINE.fullmatch(line):
            continue
        seen += 1
        if (lead := _lead_before_link(line)) is not None and not any(doc.lines[j].strip() for j in range(k + 1, nxt)):
            line = lead  # ("Ann Barn, Bob Tawny (2024), [Journal](https://doi.org/...)": the names and year before the link)
        text = plain(line).strip(_MARKS).rstrip(".")
        pages = _PAGES.search(text) or _YEAR_END.search(text)  # ("*Ann Barn, Bob Tawny Pages 39-47*": a journal issue's contents)
        text = text[: pages.start()].rstrip(" \t,.") if pages else text
        text = _AMPERSAND.sub(", ", text)  # ("Ann Barn & Bob Tawny 2016")
        if ("," in text or ";" in text) and ("](" not in line and "http" not in line or _people_linked(line)) and len(text) <= 400 \
                and is_name_list(text.replace(";", ",")) and (person_names(text.replace(";", ",")) or cjk_names(text)):
            emphasised = len(line) > 2 and line[0] == line[-1] and line[0] in "*_"  # ("*Ann Barn, Bob Tawny*": a byline's look)
            return pages is not None or emphasised or k == h + 1 and text.count(",") >= 1 and not doc.lines[h].rstrip().endswith(":") \
                or any(_YEAR.search(doc.lines[j]) for j in range(k + 1, min(nxt, k + 12)))  # (right under its title: a byline)
        if seen >= 2:
            return False
    return False


#: Names (a year in parentheses after them or not), then a link closing the line (``Ann Barn, Bob Tawny (2024), [Journal](url)``).
_LINK_AFTER_YEAR = re.compile(r"(?P<lead>[^\[\]()\n]{3,3000}+(?:\((?:19|20)\d{2}\))?)[ \t]*+[,.:]?[ \t]*+\[[^\[\]\n]{1,200}+\][ \t]?\([^()\s]{0,300}+\)")


def _lead_before_link(line: str) -> str | None:
    """The names and year of a byline whose one link, closing it, is the paper's venue or journal (the heading
    above is the title, and the line its only one): that lead, its HTML tags dropped; None for another line."""
    text = _TAGS.sub("", line).strip()
    m = _LINK_AFTER_YEAR.match(text)
    if m is None or text[m.end() :].strip() and not _ATTRIBUTES.fullmatch(text, m.end()):
        return None
    return m.group("lead")


_TAGS = re.compile(r"<[A-Za-z/][^<>\n]{0,100}+>")
#: A kramdown attribute list after a link (``{:target="_blank"}``).
_ATTRIBUTES = re.compile(r"[ \t]*+\{:[^{}\n]{0,80}+\}[ \t.]*+")


#: A link in Markdown: its text and its address.
_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\(([^()\s]{1,300})\)")


def _people_linked(line: str) -> bool:
    """Whether every address of a line is a link on a name to a page that is no paper (``[Ann Barn](http://barn.org), Bob
    Tawny``: a byline linking its authors' home pages)."""
    links = _LINK.findall(line)
    return bool(links) and line.count("http") == len(links) and all(
        link_class(url) is None and 1 <= len(text.split()) <= 5 and not any(ch.isdigit() for ch in text) for text, url in links)


def bibliography_titles(doc: Document, seen: Sequence[tuple[int, bool, str]], level_of: dict[int, int]) -> set[int]:
    """The headings of a bibliography rendered one paper per heading with no links (``### Title`` over
    its key, its authors and its journal): a run of five sibling headings or more, under a third papers by
    their own lines, two in three of the rest with an author list under them and a year (or pages) in their
    lines; those are papers."""
    out: set[int] = set()
    heads = [h for h, _, _ in seen]
    nexts = {h: heads[n + 1] if n + 1 < len(heads) else len(doc.lines) for n, h in enumerate(heads)}
    runs: dict[int, list[tuple[int, bool]]] = {}

    def close(run: list[tuple[int, bool]]) -> None:
        named = [h for h, paper in run if not paper and _word_count(doc.lines[h]) >= 3
                 and "](" not in doc.lines[h] and _byline_near(doc, h, nexts[h])]
        papers = sum(1 for _, paper in run if paper)  # (one read by its own lines: a title citing a year)
        if len(run) >= _RUN_LEAST and 3 * papers < len(run) and 3 * len(named) >= 2 * (len(run) - papers):
            out.update(named)

    for h, paper, _ in seen:
        level = level_of[h]
        for deeper in [k for k in runs if k > level]:
            close(runs.pop(deeper))
        runs.setdefault(level, []).append((h, paper))
    for run in runs.values():
        close(run)
    return out


def bylined_titles(doc: Document, seen: Sequence[tuple[int, bool, str]], level_of: dict[int, int]) -> set[int]:
    """The heading lines of ``seen`` (each heading's line, whether it is a paper, its shape, in order) that
    are papers by the rule above; ``level_of`` gives each heading's level."""
    out: set[int] = set()
    runs: dict[int, list[tuple[int, bool, str]]] = {}
    for h, paper, shape in seen:
        level = level_of[h]
        for deeper in [k for k in runs if k > level]:
            _close(doc, runs.pop(deeper), out)
        runs.setdefault(level, []).append((h, paper, shape))
    for run in runs.values():
        _close(doc, run, out)
    return out


_WORDS = re.compile(r"\w+")
def _word_count(line: str) -> int:
    """A heading's words; two CJK characters count as one (a Japanese title has no spaces)."""
    return max(len(_WORDS.findall(line)), cjk_words(line))


def _close(doc: Document, run: list[tuple[int, bool, str]], out: set[int]) -> None:
    papers = [(h, shape) for h, paper, shape in run if paper]
    if len(papers) < _LEAST or len(papers) == len(run):
        return
    named = [shape for h, shape in papers if names_under(doc, h)]
    if len(named) < _LEAST or 2 * len(named) < len(papers):
        return
    for h, paper, shape in run:
        if not paper and shape.rstrip("+") in {s.rstrip("+") for s in named} and len(_WORDS.findall(doc.lines[h])) >= 3 \
                and "](" not in doc.lines[h] and names_under(doc, h):
            out.add(h)


def heading_shape(line: str) -> str:
    """How a heading is written: its text one link (``L``), a tag in brackets first (``T``) or a
    plain title (``P``), then ``+`` when more links follow."""
    text = line.lstrip(" #")
    if LINK_ONLY.match(line):
        return "L"
    first = "T" if text.startswith("[") and not re.match(r"\[[^\[\]]*\]\(", text) else "L" if text.startswith("[") else "P"
    rest = text[text.find(")") + 1 :] if first == "L" else text
    return first + ("+" if "](" in rest else "")
