"""Wild46 truth for empschul-leipzig/empschul-leipzig.github.io publikationen.md (newest commit 54f6f51, 2024-01-31):
the "Publikationen" page of the working group for empirical school and classroom research (Empirische Schul- und
Unterrichtsforschung) at Leipzig University, a Jekyll page, 215 lines.  The frame is German (section headings, venue
notes such as ``Vortrag auf der ...``, ``In ... (Hrsg.)``, ``Posterpräsentation``); the records are a mix of German and
English titles (educational psychology).

Shape: front matter (1-5), then four sections, each opened by an HTML heading ``<h2>...</h2>``: "Publikationen mit
Peer-Review" (7-59), "Buchkapitel und weitere Publikationen" (61-81), "Konferenzbeiträge" (83-204), "Poster"
(206-214).  Every record is one APA-like paragraph, one line between blank lines (the one exception, 167-168, wraps
``... (DGPS),`` / ``Bochum.``): ``Authors (Year). Title. Venue ...``, the group's members in bold (``**Lotz, C.**``,
once all authors in one bold span, ``**Klatt, M., Kachel, G., Lotz, C. & Deiglmayr, A.** (2022).``).  The year is
``(2019).``, ``(2010a).``, ``(in press).``, ``(2020, December).`` or, at 101, ``(2019)`` with no full stop.  Titles are
plain, or italic in most conference records (``*Lernen durch Vergleichen vs. Kontrastieren ...*``), followed by the
journal, ``In: editors (Hrsg./Eds.), *book*``, ``*Proceedings ...*``, ``Vortrag auf der ...``, ``(Vortrag)``,
``(Poster)`` or ``Paper presented at ...``.  Links only in peer-reviewed records: a doi.org link (19), a Nature page
(21, an article id, no DOI), ``[DOI: 10.…](publisher url)`` (25, 29, 47-59; ScienceDirect, Springer, Inderscience,
Hogrefe, Sage).

Decisions:
- Entries (99): every record of the four sections -- 26 journal articles (15 "in press" included), 10 book chapters
  and other articles (chapters in edited books 63-71, 77-81; journal articles 73, 75), 59 conference contributions
  (talks, papers presented and posters at scientific meetings, and papers in proceedings 143, 155, 176, 182-204) and
  4 posters.  Conference talks and posters are taken as entries: each is a titled research contribution that the
  group lists on its publication page (not a video or a course).  Not an entry: 119, the invited symposium
  ``Motivation, affect, and body in instructional design ... (Invited Symposium of EARLI SIG 7)`` that Deiglmayr and
  Zander organised -- a session with a theme, not a work.  The headings and front matter are not entries.
- Span: the paragraph's lines (167-168 for the wrapped one, else one line).
- Title: the text after the ``(Year)`` group (and its optional full stop); an italic title there is taken whole
  (it may hold ``vs.``, a ``?`` or a final full stop); otherwise up to the first ``. `` (not the ``vs. `` inside 167);
  for the records whose title ends in a question mark right before the venue (43, 99, 115, 137, 141, 161) up to that
  ``?`` (kept), for 180 up to ``?.`` (two sentences, the talk's title and subtitle, kept together), for 194 up to
  ``, *Proceedings`` (the venue follows after a comma; its ``(pp. 409-416)`` would otherwise cut).  Dropped: the
  ``(Vortrag)`` label of 139 and the bracketed German translation of the Italian title of 75
  (``[Die STELLAR Delphi-Studie zu Technology Enhanced Learning]``).  Titles that contain ``?`` mid-way (41, 93, 105,
  172, 178) run on to the first full stop, as the file writes them.
- Ids: the helper's first DOI in the record: doi.org (19) and the ``DOI: 10.…`` link texts (25, 29, 47-59); the
  Nature article id of 21 is not a DOI.  No arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "empschul-leipzig__empschul-leipzig.github.io__publikationen@54f6f51.md"
PART = "wild46_development"

YEAR = re.compile(r"\((?:(?:19|20)\d\d[ab]?(?:, [A-Z][a-z]+)?|in press)\)\.?\s+")
ITALIC = re.compile(r"^\*([^*]+)\*")
SENTENCE = re.compile(r"(?<!\bvs)\.\s")
QUESTION = {43, 99, 115, 137, 141, 161}  # title ends with '?' right before the venue
NOT_ENTRY = {119}  # invited symposium (a session), not a work
SECTIONS = {
    "Publikationen mit Peer-Review": 26,
    "Buchkapitel und weitere Publikationen": 10,
    "Konferenzbeiträge": 59,
    "Poster": 4,
}


def title_of(n: int, text: str) -> str:
    m = YEAR.search(text)
    assert m, (n, text)
    rest = text[m.end() :]
    if n == 180:
        return rest.split("?.", 1)[0] + "?"
    if n == 194:
        return rest.split(", *Proceedings", 1)[0]
    if n in QUESTION:
        return rest.split("? ", 1)[0] + "?"
    it = ITALIC.match(rest)
    if it:
        return it.group(1)
    title = SENTENCE.split(rest, 1)[0]
    title = title.removesuffix(" (Vortrag)")
    return re.sub(r" \[Die STELLAR Delphi-Studie zu Technology Enhanced Learning\]$", "", title)


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 216 and lines[-1] == "" and lines[4] == "---"
    papers = []
    counts: dict[str, int] = {}
    section = ""
    n = 6
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        h = re.fullmatch(r"<h2>(.+)</h2>", ln)
        if h:
            section = h.group(1)
            continue
        if not ln.strip():
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        if n in NOT_ENTRY:
            assert "(Invited Symposium of EARLI SIG 7)" in ln
            n = last
            continue
        text = " ".join(lines[n - 1 : last])
        title = title_of(n, text)
        assert 10 <= len(title) <= 200 and "](" not in title and "*" not in title, (n, title)
        papers.append(entry(lines, n, last, title))
        counts[section] = counts.get(section, 0) + 1
        n = last
    assert counts == SECTIONS, counts
    t = {p["line"]: p["title"] for p in papers}
    assert t[11].startswith("„Hochbegabt“ oder „nicht hochbegabt“ – Zur") and t[11].endswith("KFT-N")
    assert t[43] == "Complex Problem Solving in Educational Contexts – Still something beyond a “good g”?"
    assert t[75] == "Lo studio Delphi di STELLAR sul Technology Enhanced Learning"
    assert t[105] == "How effective is the collaborative jigsaw method for individual learning? A meta-analysis"
    assert t[107] == "Lernen durch Vergleichen vs. Kontrastieren von ausgearbeiteten Lösungsbeispielen"
    assert t[139].endswith("weak over strong knowledge interdependence")
    assert t[167].endswith("offenem vs. geschlossenem Antwortformat erfassten Leseverständnisses aus Begabung und "
                           "Lesegeschwindigkeit")
    assert t[180] == ("Bildertest zum sozialen Selbstkonzept. Erfassung des sozialen Selbstkonzepts bei "
                      "Grundschulkindern – Bildertest versus Fragebogen?")
    assert t[194] == "Rating the quality of collaboration during networked problem solving activities"
    assert [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]] == [(167, 168)]
    assert [p["line"] for p in papers if p["doi"]] == [19, 25, 29, 47, 49, 51, 53, 55, 57, 59]
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 99, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each APA-like paragraph of the four sections (peer-reviewed articles, chapters and other publications,"
        " conference contributions, posters) is one entry (99), conference talks and posters included as titled"
        " research contributions; the invited symposium 119 (a session) is not; title = the text after '(Year)' --"
        " an italic title whole, else up to the first '. ' (not 'vs. '), up to the final '?' for 43/99/115/137/141/161,"
        " up to '?.' for 180, up to ', *Proceedings' for 194 -- with '(Vortrag)' (139) and the bracketed German"
        " translation (75) dropped; DOIs from the record (doi.org link, 'DOI: 10.…' link text).",
        "Whole file read (215 lines) against the -v output: every one of the 100 paragraphs (99 entries and the"
        " symposium 119), the first and last record of each section (9, 59, 63, 81, 85, 204, 208, 214), all italic"
        " titles of the conference section (107-135, 145, 151-153, 159, 163-165, 170, 174), the '?' records (41, 43,"
        " 89, 91, 93, 99, 105, 115, 137, 141, 161, 172, 178, 180), the 'vs.' titles (107, 109, 167), 75"
        " (translation), 101 (year without full stop), 139 ('(Vortrag)'), 167-168 (wrapped), 176 and 194"
        " (proceedings), 210-214 ('(2020, December)'); ids: the ten DOIs checked against their link texts/URLs, 21"
        " (Nature id) has none.",
    )


if __name__ == "__main__":
    main()
