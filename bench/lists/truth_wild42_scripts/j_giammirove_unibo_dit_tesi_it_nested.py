"""Wild42 truth for giammirove/raccoglitesi_unibo tesi/dit_tesi.md: a generated Italian page listing, per
teacher of the University of Bologna's Department of Interpretation and Translation (DIT), the theses they
propose and the theses assigned to their students (scraped from the teachers' unibo.it pages).

Shape: 605 lines; "## Tesi Interpretazione e Traduzione - DIT" (1), then 52 teacher blocks, each
"#### Name" / "###### rank" / "[Sito Web](...)" and two bullets " * Tesi proposte" and " * Tesi assegnate".
Under "Tesi assegnate" come sub-bullets "   - Tesi di Laurea" (bachelor), "   - Tesi di Laurea Magistrale"
(master) or "   - Tesi di Dottorato" (PhD), each with items "     + Title" (plain text, no author, no link,
no id); titles are in Italian, English, Spanish, French, German, Russian transliteration...  Under "Tesi
proposte" a teacher has at most one sub-bullet "   - Tutte" with one item that is the teacher's HTML blurb on
a single line (<p>, <ol><li>, <em>, &nbsp;).
Entries (256):
- every "+" item under "Tesi assegnate" (221): one assigned thesis each, one line; title = the item's text.
  One item (164) gives the Italian title, then "*" and its English translation with no space: the
  translation is dropped; one (310) gives a transliterated Russian title, then "." and its Italian
  translation with no space: the translation is dropped too.  One item (490) ends with a stray "*":
  dropped.  A final "." is dropped as the held-out convention says, except the abbreviation's dot of
  "Siboni S.r.l." (577) and "Ph.D." (270).  Several items run a title and its subtitle together without a
  space ("...Almudena GrandesTradurre...", 108, 113, 245, 318, 328, 384, 563): kept as written.
- the blurbs under "Tesi proposte" are topic proposals, not works (25: topics; 198: a project call), except
  two that list past theses inside their HTML, each listed thesis an entry on that one line:
  Ballardini (80) "Relazioni di tesi di laurea triennio 2019>" and an <ol> of 23 <li> items, each a
  supervised bachelor thesis named by a short subject line ("Traduzione medica dal francese all'italiano
  (referto medico)"): 23 entries, title = the <li> text as written (the only name the file gives);
  Spallaccia (497): 12 <p> references "Student. <em>Title</em>. A.A. yyyy-yyyy. Relatrice: ..." under
  "Tesi di laurea" (8), "Tesi di laurea magistrale" (2) and "Elaborati finali Corsi di alta formazione" (2,
  final dissertations of a post-graduate course, counted as theses): title = the first <em> text.
No arXiv ids or DOIs anywhere.  256 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "giammirove__raccoglitesi_unibo__tesi__dit_tesi@fe891cd.md"
PART = "wild42_development"

TEACHER = re.compile(r"^#### \S")
ITEM = re.compile(r"^     \+ (?P<text>.*)$")
LI = re.compile(r"<li>(?P<text>.*?)</li>")
P_REF = re.compile(r"<p>(?P<text>(?:(?!</p>).)*?<em>(?P<title>.*?)</em>(?:(?!</p>).)*)</p>")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Tesi Interpretazione e Traduzione - DIT"
    papers = []
    part = None
    for n, text in enumerate(lines, 1):
        if TEACHER.match(text):
            part = None
        elif text == " * Tesi proposte":
            part = "proposte"
        elif text == " * Tesi assegnate":
            part = "assegnate"
        m = ITEM.match(text)
        if not m:
            continue
        body = m.group("text")
        if part == "assegnate":
            assert "<" not in body, n
            title = body.split("*")[0] if "*" in body else body
            if n == 310:  # transliterated Russian title, then its Italian translation after "."
                title = body.split(".Caratteristiche")[0]
            papers.append(entry(lines, n, n, title))
            if n == 577:  # the final "." is the abbreviation's ("S.r.l."), not a separator
                assert body.endswith("Siboni S.r.l.")
                papers[-1]["title"] += "."
        elif n == 80:  # Ballardini: <ol> of supervised bachelor theses named by subject
            items = LI.findall(body)
            assert len(items) == 23, len(items)
            papers.extend(entry(lines, n, n, t) for t in items)
        elif n == 497:  # Spallaccia: <p> references with the title in <em>
            refs = P_REF.findall(body)
            assert len(refs) == 12, len(refs)
            papers.extend(entry(lines, n, n, t) for _, t in refs)
        else:
            assert part == "proposte" and n in (25, 198), n
    assert len(papers) == 256, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '+' item under a teacher's 'Tesi assegnate' is one assigned thesis (title = the item text, an English "
        "translation after '*' and a stray '*' dropped); the HTML blurbs under 'Tesi proposte' are proposals, "
        "except the two that list past theses: 23 <li> items (title = the item text) and 12 <p> references "
        "(title = the first <em> text), each an entry on its blurb's line.",
        "Read the whole structure (52 teacher blocks; 33 'Tesi di Laurea', 29 'Tesi di Laurea Magistrale', 1 'Tesi di "
        "Dottorato' sub-bullets); compared the -v output with the file for the first and last teacher blocks "
        "(Addous 2-9, Zuccheri 591-605), ~25 items at random, every item whose title differs from its line (the '*' translation 164, the '.' "
        "translation 310, the trailing '*' 490, the items ending in '.', kept only for 'S.r.l.' 577 and 'Ph.D.' "
        "270), the title and subtitle run together (108, 113, 245, 318, 328, 384, 563), the 23 <li> items of line 80 and the 12 <p> references of line 497 (the "
        "'(Audio)descrivere i margini' reference with an empty second <em>, the title ending '. ' inside <em>), and "
        "the two blurbs left out (25, 198).",
    )


if __name__ == "__main__":
    main()
