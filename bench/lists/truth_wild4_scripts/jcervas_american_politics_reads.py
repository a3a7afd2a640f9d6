"""Wild4 truth for jcervas/teaching 2023-2024/class-cmu-84-721/other-reads.md: the "Additional
Reading list for American Politics" of a CMU graduate seminar (84-721), kept at the last commit
before the folder was removed.

Shape: a table of contents of anchor links, then eleven '## Topic' sections of '  + ' items (one
item '  * ', two '  + + '), most followed by a '### Books' subsection.  One reference a line, in
whatever style it was pasted: APA ('Author, A. (2019). Title. *Journal*, 1(2), 3--4. [Read
Here](doi link)'), Chicago author-date ('Author, First. 2019. "Title." *Journal* 1(2): 3--4.', with
straight or curly quotes), older 'Author, "Title," APSR 90 (Dec. 1996)' cites, Zotero page-title
cites ('“Title | SpringerLink.” url'), a few bare ones.

Entry: an item whose subject is one scholarly work: journal article, working paper, chapter of an
edited volume or research encyclopedia (37, 68, 93, 171), Hoover Institution essay (report; 35,
98, 193).  Not entries: books (every item of the '### Books' subsections except the two journal
articles pasted there, 314 and 315; and the books among topic items: 124, 137, 168, 295), the
Federalist Papers and the Declaration/Constitution (30, 31), a book's introduction (40), a New
Yorker piece (268), the table of contents.  Duplicated references stay separate entries.

Title: the quoted string of a Chicago/older cite (trailing '.'/',' inside the quotes dropped);
for APA the text after '(year). ' up to the first '. ' (a '?' or '!' ends it only before an italic
venue or 'In ', so 'Mobilizing the Youth Vote? Early Voting on College Campuses' stays whole), or
the italic span when the work itself is set in italics (70, 263).  Page-title cites lose their ' | SpringerLink' /
' | American Political Science Review | Cambridge Core' suffix (site names, not title).  Lines
whose sentence end cannot be found by rule have their title written out below (OVERRIDE).  IDs:
doi.org links, publisher URLs holding a DOI, 'DOI:'/'doi:' text; a DOI pasted into the journal
slot (197, 330) is read from there.  DOI_FIX trims what is not DOI: a doi.org link's
'/SUPPL_FILE/...PDF' (95) and '/TABLES/5' (260) tails, the closing italics '*' glued to 197's DOI.
Truncated DOIs written so in the file (263 '10.1146/annurev-polisci-082619', 322) stay as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "jcervas__teaching__2023-2024__class-cmu-84-721__other-reads@cc6cccf.md"
PART = "wild4_development"

NOT_PAPERS = {30, 31, 40, 124, 137, 168, 268, 295}
PAPERS_IN_BOOKS = {314, 315}
# DOIs whose written form carries a URL tail or closing italics the reader would not keep
DOI_FIX = {
    95: "10.1073/pnas.2102140118",  # doi.org/10.1073/PNAS.2102140118/SUPPL_FILE/PNAS.2102140118.SAPP.PDF
    197: "10.1146/annurev-polisci-082619-015522",  # '*Https://Doi.Org/10.1146/Annurev-Polisci-082619-015522*'
    260: "10.1007/s11109-010-9128-7",  # doi.org/10.1007/S11109-010-9128-7/TABLES/5
}
OVERRIDE = {
    92: "What Do We Measure When We Measure Affective Polarization?",
    98: "Has the American Public Polarized?",
    129: 'Should Blacks Represent Blacks and Women Represent Women? A Contingent "Yes"',
    186: "Why Are American Presidential Election Campaign Polls So Variable When Votes Are So Predictable?",
    261: 'Should Blacks Represent Blacks and Women Represent Women? A Contingent "Yes"',
    300: "Why Do Partisan Media Polarize Viewers?",
    297: "FRINGE NEWS NETWORKS: DYNAMICS OF US NEWS VIEWERSHIP FOLLOWING THE 2020 PRESIDENTIAL ELECTION",
}


def title_of(n: int, text: str) -> str:
    if n in OVERRIDE:
        return OVERRIDE[n]
    body = re.sub(r"^\s*(?:[+*] )+", "", text)
    q = re.search(r"[\"“]([^\"”]+)[\"”]", body)
    apa = re.match(r"[^()]*?\((?:\d{4}[a-z]?|123 C\.E\.|Ed\.)\)\. (.*)", body)
    if q and not apa:
        t = q.group(1).rstrip(".,")
        return re.sub(r" \| (SpringerLink|American Political Science Review \| Cambridge Core)$", "", t)
    assert apa, (n, text)
    rest = apa.group(1)
    if rest.startswith("*"):
        return re.match(r"\*([^*]+)\*", rest).group(1)
    m = re.match(r"(.+?(?:\.(?= )|[?!](?= \*| In )))", rest)
    assert m, (n, text)
    return m.group(1).rstrip(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    books = False
    for n, text in enumerate(lines, 1):
        if text.startswith("## "):
            books = False
        elif text.startswith("### Books"):
            books = True
        if not re.match(r"\s*[+*] ", text):
            continue
        if n in NOT_PAPERS or (books and n not in PAPERS_IN_BOOKS):
            continue
        e = entry(lines, n, n, title_of(n, text))
        if n in DOI_FIX:
            e["doi"] = DOI_FIX[n]
        papers.append(e)
    assert len(papers) == 182
    write_truth(
        NAME, PART, papers,
        "every '+ ' item outside the '### Books' subsections that cites a scholarly work (article, working paper,"
        " edited-volume chapter, encyclopedia article, institute essay) is an entry, plus two articles pasted"
        " under Books; title = the quoted title (Chicago) or the sentence after '(year). ' (APA), overrides for"
        " lines no rule splits",
        "every one of the 182 titles read against its line by eye (all printed with -v); count checked"
        " independently: 263 '+'/'*' items - 75 under Books - 8 non-paper topic items + 2 articles under Books = 182;"
        " every title but the two 'A Contingent \"Yes\"' overrides occurs verbatim in its line (italics"
        " markers removed); all '?' titles (rule: a '?' ends the title only before italics or 'In ') checked one by"
        " one; the three DOI fixes (95, 197, 260) and the truncated DOIs kept as written (263, 322) checked;"
        " every Books item read to find articles pasted there (314, 315)",
    )


if __name__ == "__main__":
    main()
