"""Wild11 truth for lillo/compiler-course-unipi references.md: a compilers/PL course's suggested references.

Shape: five '## ' topics (Functional Programming, Parsing, Static Analysis, PL Research,
PL & Security) of '- ' bullets, mostly 'Authors. [Title](url), Venue Year.' (some add
'[Video](...)' or '[Here](...) is the talk'); the file itself says it mixes talks, books, papers,
articles and blog posts.  69 bullets (grep '^- '); each was classified by hand:

Entries (34): scholarly articles -- conference and journal papers, a Turing lecture published in
CACM (Backus, whose link text wraps over lines 9-10), arXiv 'Yacc is dead', CACM articles
(MadMax, Facebook), IEEE S&P magazine 'Securing IoT Apps', surveys, two handbook/LNCS chapters
read as papers (Cardelli 'Type systems', Smith 'Principles of Secure Information Flow Analysis'),
and an Italian article in the AICA journal 'Mondo digitale'.  Title = the first link's text;
'Flow Logic for Process Calculi' (line 95) has no link: its title is the plain text between the
authors and 'ACM Comput. Surv.'.

Not entries (35): blog posts and web articles (Cook, Bhargava, 'Functional Programming Jargon',
Dubroy, Harper x2, van Rossum's Medium series, Kladov x2, Tratt x2, Borba, Hicks's
pl-enthusiast posts x9, Chaudhuri's SIGPLAN blog post), talks and channels (Meijer, Wadler,
Chalmers seminar series, 'Why OCaml', Wlaschin, Hejlsberg), the Jane Street blog, and books
(FP in Scala, SICP, HtDP, TAPL, ATTaPL, Møller & Schwartzbach's 'Static Program Analysis').
Per section entries: 3, 9, 14, 2, 6.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "lillo__compiler-course-unipi__references@330349a.md"
PART = "wild11_development"
LINES = read_lines(NAME)

#: first line of each bullet that is not a paper: what it is
NOT_PAPERS = {
    14: "Cook, codewords article", 16: "Bhargava, blog post", 18: "FP Jargon, web page",
    20: "Dubroy, codewords article", 22: "Harper, blog post", 24: "Harper, blog post",
    28: "Meijer, YouTube talk", 30: "Wadler, YouTube talk", 32: "seminar YouTube channel",
    34: "Jane Street blog", 35: "Why OCaml, YouTube talk", 37: "FP in Scala, book", 39: "SICP, book",
    41: "HtDP, book", 45: "van Rossum, Medium series + video", 52: "Kladov, blog post",
    54: "Tratt, blog post", 56: "Tratt, blog post", 58: "Kladov, blog post", 60: "Wlaschin, YouTube talk",
    76: "Hejlsberg, YouTube talk", 78: "Borba, blog post", 89: "TAPL, book", 91: "ATTaPL, book",
    93: "Static Program Analysis, book/lecture notes", 117: "Hicks, blog post", 119: "Hicks, blog post",
    127: "Hicks, blog post", 129: "Chaudhuri, SIGPLAN blog post", 143: "Hicks, blog post",
    145: "Hicks, blog post", 147: "Hicks, blog post", 149: "Hicks, blog post", 151: "Hicks, blog post",
    153: "Hicks, blog post",
}


def bullet_end(i: int) -> int:
    last = i
    while last < len(LINES) and LINES[last].strip() and not LINES[last].startswith(("- ", "#")):
        last += 1
    return last


def main() -> None:
    papers = []
    bullets = 0
    per_section: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            per_section.append(0)
        if not text.startswith("- "):
            continue
        bullets += 1
        if i in NOT_PAPERS:
            continue
        last = bullet_end(i)
        own = " ".join(LINES[i - 1 : last])
        m = re.search(r"\[([^\]]+)\]\(", own)
        if m:
            title = m.group(1)
        else:
            assert i == 95, i
            title = re.match(r"- [^.]+\. (.+?)\. ACM Comput\. Surv\.", own).group(1)
        papers.append(entry(LINES, i, last, title))
        per_section[-1] += 1
    assert bullets == 69 and len(NOT_PAPERS) == 35
    assert per_section == [3, 9, 14, 2, 6], per_section
    assert len(papers) == 34
    write_truth(NAME, PART, papers,
                "every bullet that cites a scholarly article (paper, journal/magazine article, arXiv preprint, survey,"
                " handbook/LNCS chapter read as a paper) is an entry over its own lines, title = its first link's text"
                " (line 95: the unlinked title text); books, blog posts, web articles, talks and channels are not entries",
                "all 69 bullets classified one by one (34 entries, 35 not, listed in the script); every title, line"
                " range (Backus's wrapped link text 9-10), ids (arXiv 1010.5023 and 1911.12737, DOIs from the"
                " Springer %2F URL and ACM DL URLs)")


if __name__ == "__main__":
    main()
