"""Wild50 truth for slu-soc1120/syllabus docs/readings.md: the meeting-by-meeting reading schedule of an
introductory sociology course focused on health (SOC 1120, Saint Louis University, spring 2022), a bookdown page;
newest commit (11d1269, 2022-04-08).  Medical sociology / public health.

Shape: 269 lines, 16 KB.  ``# Meeting Schedule`` (1), nine ``## Module N - ...`` sections (8 ... 259) with LaTeX
``\\newpage`` lines before them, and ``### Meeting 1-1 - Wednesday, January 19 - ... {-}`` headings (pandoc
unnumbered marker), separated by ``---`` rules.  Under each meeting, ``  * **Before Class:**`` / ``  * **After
Class:**`` bullets hold four-space task bullets: textbook chapters (``Read *A Sociology Experiment*, "Chapter 1 -
..."``), videos (``Watch *Unnatural Causes*, Part 1 ...``), Canvas assignments, quizzes, and ``Read Phelan et al.
(2010)`` short cites each followed by a six-space sub-bullet with the full ASA-style reference:
``Phelan, Jo C., Bruce Link, and Parisa Tehranifar. 2010. "Social Conditions as ... Implications." *Journal of Health
and Social Behavior* 51(S):S28-S40. (<a href="http://ezp.slu.edu/login?url=..." target="_blank">Link</a>)`` --
links are raw HTML anchors, mostly through the library proxy (``ezp.slu.edu``, ``doi-org.ezp.slu.edu``).

Special cases:
- 108 Acevedo-Garcia & Bates 2008 is a chapter (``Pp. 101-113 in *Latinas/os in the United States* ...``): an entry.
- 183 and 250 ``Read selections from *Segregation in St. Louis: Dismantling the Divide*`` / ``*For the Sake of All: A
  report on the health and well-being of African Americans in St. Louis ...*`` name research reports, with the
  chapters to read as sub-bullets (184-186, 251-253): each report is one entry (a tech report), title = the italic
  report title, spanning the parent bullet and its chapter sub-bullets.
- Not entries: the open textbook *A Sociology Experiment* (chapters 13, 24, ...), the book *Mama Might Be Better Off
  Dead* (146, 218, 264), the *Unnatural Causes* films, Canvas tasks and quizzes.
- Titles keep their own punctuation: 157 ``... What Are the Connections - and Why Does It Matter?``, 207 ``... in
  Health : Sociological Contributions`` (space before colon), 136 lower case.

Decisions:
- Entry = each ``Read Author (year)`` short cite together with its full-reference sub-bullet (15, spanning the two
  lines), plus the two report readings (2): 17 entries.
- Title = the double-quoted title of the full reference, its final full stop dropped; for the reports the italic
  title.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "slu-soc1120__syllabus__docs__readings@11d1269.md"
PART = "wild50_development"

SHORT = re.compile(r"^    \* Read (?!\*|selections)(?P<cite>[^(]+) \((?P<year>\d{4})\)$")
FULL = re.compile(r'^      \* (?P<authors>.+?)\. (?P<year>\d{4})\. "(?P<title>[^"]+)" (?P<rest>.+)$')
REPORT = re.compile(r"^    \* Read selections from \*(?P<title>[^*]+)\* \(<a href=")
CHAPTER = re.compile(r'^      \* Chapter \d+ - "[^"]+", pp\. \d+-\d+$')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Meeting Schedule"
    papers = []
    for n, ln in enumerate(lines, 1):
        s = SHORT.match(ln)
        if s:
            f = FULL.match(lines[n])
            assert f and f.group("year") == s.group("year"), (n, lines[n])
            assert f.group("authors").split(",")[0] == s.group("cite").split()[0], (n, s.group("cite"))
            papers.append(entry(lines, n, n + 1, f.group("title")))
            continue
        r = REPORT.match(ln)
        if r:
            last = n
            while CHAPTER.match(lines[last]):
                last += 1
            assert last == n + 3, (n, last)
            papers.append(entry(lines, n, last, r.group("title")))
            continue
        assert not FULL.match(ln) or SHORT.match(lines[n - 2]), (n, ln)
    t = {p["line"]: p for p in papers}
    assert t[33]["title"] == (
        "Social Conditions as Fundamental Causes of Health Inequalities: Theory, Evidence, and Policy Implications")
    assert (t[33]["end"], t[79]["doi"]) == (34, "10.1177/0022146510383504"), (t[33], t[79])
    assert t[107]["title"].startswith("Latino Health Paradoxes"), t[107]
    assert t[156]["title"] == "Genders, Sexes, and Health: What Are the Connections - and Why Does It Matter?"
    assert t[175]["doi"] == "10.1056/nejmsb022863", t[175]
    assert (t[183]["title"], t[183]["end"]) == ("Segregation in St. Louis: Dismantling the Divide", 186), t[183]
    assert t[206]["title"] == "Understanding Racial-ethnic Disparities in Health : Sociological Contributions"
    assert t[240]["doi"] == "10.1111/soc4.12756", t[240]
    assert t[250]["title"].startswith("For the Sake of All: A report on the health"), t[250]
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each 'Read Author (year)' short cite with its six-space full-reference sub-bullet is one entry (15, two"
        " lines each; 108 is a book chapter), title = the quoted title, final full stop dropped; the two 'Read"
        " selections from *report*' bullets with their chapter sub-bullets are one entry each (research reports),"
        " title = the italic report title; textbook chapters, the book Mama Might Be Better Off Dead, films and"
        " Canvas tasks are not entries.",
        "Read all 269 lines; compared -v for all 17 entries (33-34 ... 240-241, 183-186, 250-253): titles with '?',"
        " ' : ' and dash kept, chapter 107-108; DOIs from proxied doi.org/NEJM/AJPH/Sage/Wiley URLs and the JSTOR"
        " stable 10.1086 link, none from Canvas, Kanopy, PMC or EBSCO links.",
    )


if __name__ == "__main__":
    main()
