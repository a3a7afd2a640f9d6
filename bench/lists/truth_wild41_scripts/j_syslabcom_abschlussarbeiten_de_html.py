"""Wild41 truth for syslabcom/casc.alt _posts/werkstoffe/lehre/2017-02-01-abschlussarbeiten.md: the
"Abschlussarbeiten" page of the Werkstoffe des Bauwesens institute (Universität der Bundeswehr München,
civil engineering), a Jekyll post of a website rebuild, written in German and made of raw HTML.

Shape: 251 lines; YAML front matter (1-21), then HTML paragraphs: "Offene Themen" (25-27) and "Leitfaden"
(31-35, a link to a PDF guide -- not an entry), then "<h3>Abgeschlossene Arbeiten</h3>" (39) with the
supervised theses from 2015 back to 2004, newest first, and a closing line of links to the 1976-2003 archive
and more (251, not an entry).  Each thesis is a record of three parts: the year and student in bold
underlined markup (the nesting of <strong> and <u> varies: "<strong><u>2015 Name:</u></strong>",
"<strong><u>2015 </u></strong><u><strong>Name</strong></u><strong><u>:</u></strong>",
"<u><strong>2013 Name:</strong></u>"), the German title, and the kind in italics ("<em>Bachelorarbeit</em>",
"<em>Masterarbeit</em>", "<em>Diplomarbeit</em>").  In the newer records (2015 down to 2009 Jolmes, 41-192,
and 198-201) the name is its own <p> and the title a second <p> ending in "<br>" before the kind; in the
older ones (2009 Karl and back, 194-196, 205-245) name, title and kind share one <p> joined by "<br>"; 229-235 holds two records (2005 Eckardt and Henze) in one <p>; 213-217 and 237-241 start
with empty "<br>" lines before the name.
Entries (39): every thesis (Bachelor-, Master-, Diplomarbeit), since a thesis is a scholarly work; an
entry's lines run from its name line to its "<em>...arbeit</em>" line (the empty "<br>" lines and "&nbsp;"
paragraphs are outside).  Title = the title line, markup and the trailing "<br>" removed; the
collaboration notes "(in Zusammenarbeit mit der Hochschule München)" (88) and "(in Zusammenarbeit mit
der FH München)" (130, 195) are dropped as notes, while parentheses inside a title ("(calcinierter Ton,
...)" 113, "(Flugasche, ...)" 147) and the closing "(Brandbeanspruchung)" (135, part of the topic) are
kept.  Typos kept as written ("Bechuss" 152).  No links, arXiv ids or DOIs.  39 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "syslabcom__casc.alt___posts__werkstoffe__lehre__2017-02-01-abschlussarbeiten@b884a34.md"
PART = "wild41_development"

KIND = re.compile(r"<em>(Bachelor|Master|Diplom)arbeit</em>")
NAME_LINE = re.compile(r"<(?:strong|u)><(?:u|strong)>(?:19|20)\d\d ")
NOTE = re.compile(r"\s*\(in Zusammenarbeit mit der (?:Hochschule|FH) München\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[38] == "<h3>Abgeschlossene Arbeiten</h3>"
    papers = []
    for n, text in enumerate(lines, 1):
        if not KIND.search(text):
            continue
        title_line = lines[n - 2]
        start = n - 1
        while not NAME_LINE.search(lines[start - 1]):
            start -= 1
        assert n - start in (3, 2), (start, n)
        title = re.sub(r"<[^>]+>", "", title_line).strip()
        assert title and not re.match(r"(?:19|20)\d\d ", title), n
        title = NOTE.sub("", title)
        papers.append(entry(lines, start, n, title))
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each supervised thesis under 'Abgeschlossene Arbeiten' (Bachelor-, Master- and Diplomarbeiten, 2015 back "
        "to 2004; 39) is an entry from its bold year-and-name line to its italic kind line; title = the title line "
        "with HTML markup removed and the collaboration notes '(in Zusammenarbeit mit der Hochschule/FH München)' "
        "dropped; the open-topics text, the guide PDF and the archive links are not entries.",
        "Read all 251 lines: every record's name/title/kind lines against the -v output, including the three "
        "markup variants of the name line (41, 46, 86), the one-<p> records from 2009 on (194-196, 205-245), the "
        "two records in one <p> (229-231, 233-235), the <br>-led paragraphs (213-217, 237-241), the dropped notes "
        "(88, 130, 195), the kept parentheses (113, 135, 147) and the 39-record count per year (3, 4, 9, 3, 7, 1, "
        "3, 2, 3, 2, 2).",
    )


if __name__ == "__main__":
    main()
