"""Wild41 truth for chyyuu/compiler_course_info readinglist.md: the reading list of a Chinese university compiler
course (Tsinghua, written in Chinese with English references): a section on AI for programming / compilers / OS
with the reference list copied from the CodeGeeX blog, then eight extended-project topics ("选题零" to "选题八"),
each listing papers, projects, tools or articles, followed by the topic's requirements ("具体要求", numbered
Chinese paragraphs).

Shape, by part:
- "### Papers" (21-39): 16 "- " bullets in author-first citation style, "Authors[, et al.][ Year]. Title. Venue
  arXiv preprint arXiv:NNNN.NNNNN, Year." (trailing spaces; "Palm", "Codexglue", "Codebleu" lower-cased as the
  source wrote them).  Ideas and Projects bullets above (14, 19) link a page and the CodeGeeX site.
- A "*" table of contents of the topics (45-53).
- 选题零 (57-62): links to the Rust and Go sites, the Bambu and LegUp tool sites, and "[TVM for Machine Learning
  hardware](...UW-CSE-17-12-01.pdf)", a University of Washington technical report labelled by its subject.
- 选题一 (72-91) and 选题三 (118-124): " - [Title](pdf), VENUE Year" items (comma sometimes missing, once a
  full-width "，" 101), each with an indented sub-bullet naming its project ("- [Kint Project](...)" or
  "- project方面可找陈老师要").  选题二 (100-109): one such paper item, numbered inside its link text ("[2.1 Secure
  Virtual Architecture: ...]"), then "2.2 **How Rust optimizes async/await**" with two blog posts, a video and an
  empty "[]()" link.
- 选题四 (133-146): prose paragraphs with two numbered references, "1. [V. Astrauskas and ... : Leveraging Rust
  Types for Modular Specification and Verification,OOPSLA, 2019.](pdf)" (the whole citation is the link text)
  and "2. Jacques-Henri Jourdan, ... A formally-verified C static analyzer. In POPL 2015 ...".
- 选题五 (156-164): nine numbered plain-text references in mixed styles (a quoted title in 156, "In PLDI 2000",
  "In POPL, pages 17–27, 2008").
- 选题六 (179-182): four numbered references ("Title, Communications of The ACM", a quoted title in 181).
- 选题七 (191-197): "*" links to TVM documentation, GitHub, forum, a Medium post, lecture slides, a blog note;
  选题八 (212-213): two HVML documentation links.
The "具体要求" requirement lists are numbered too (1.-5.) but are instructions, not references.

Decisions:
- Entries (40): the 16 AI4Prog citations (papers, preprints, the GPT-1 report, benchmark-dataset papers CodeXGLUE
  and XLCoST, BLEU), the TVM technical report (60), the 8 paper links of 选题一/二/三, the 2 references of 选题四,
  the 9 of 选题五 and the 4 of 选题六 (including Morrisett's CACM "Technical Perspective", a journal piece).
  Not entries: language, tool, project, documentation and forum links; blog posts, the video, the Medium post,
  lecture slides; the empty link; the table of contents; the requirement lists.
- Span: the record's line; for the link items of 选题一/二/三 through the project sub-bullet under it (73-75 ...).
- Title: the link text for the link items (numbering "2.1 " and a final "." dropped); the title part of the
  citation for the others (after the authors and an optional year for 24-39; the quoted title where there is
  one); None for the TVM report (60), whose link text names its subject, not its title.
- Ids: the "arXiv:NNNN.NNNNN" ids written in 24-39; the ACM "citation.cfm?doid=" link (85) and the HAL and ETH
  links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "chyyuu__compiler_course_info__readinglist@9a372d8.md"
PART = "wild41_development"

LINK_ITEM = re.compile(r"^ - \[([^\]]+)\]\(\S+\)")
LINK_ITEMS = {73, 77, 81, 85, 89, 101, 119, 123}
NUMBERED = {
    138: "Leveraging Rust Types for Modular Specification and Verification",
    144: "A formally-verified C static analyzer",
    156: "Translation Validation",
    157: "Translation validation for synchronous languages",
    158: "Translation validation for an optimizing compiler",
    159: "TVOC: A translation validator for optimizing compilers",
    160: "Evaluating Value-Graph Translation Validation for LLVM",
    161: "Formal verification of translation validators: A case study on instruction scheduling optimizations",
    162: "Verified validation of lazy code motion",
    163: "A simple, verified validator for software pipelining",
    164: "A formally verified SSA-based middle-end - Static Single Assignment meets CompCert",
    179: "Formal verification of a realistic compiler",
    180: "Technical Perspective: A Compiler's Story",
    181: "Finding and understanding bugs in C compilers",
    182: "Formal certification of a compiler back-end or: programming a compiler with a proof assistant",
}


def citation_title(text: str) -> str:
    """'Authors[, et al.][ Year]. Title. Venue ...' -> Title."""
    parts = text.split(". ")
    rest = parts[1:]
    if re.fullmatch(r"\d{4}", rest[0]):
        rest = rest[1:]
    return rest[0]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    assert lines[20] == "### Papers", lines[20]
    for n in range(24, 40):
        ln = lines[n - 1]
        assert ln.startswith("- ") and "](" not in ln, (n, ln)
        papers.append(entry(lines, n, n, citation_title(ln[2:])))
    assert "UW-CSE-17-12-01.pdf" in lines[59], lines[59]
    papers.append(entry(lines, 60, 60, None))
    for n in sorted(LINK_ITEMS):
        m = LINK_ITEM.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        title = re.sub(r"^\d\.\d ", "", m.group(1)).rstrip(".")
        last = n + 1 if not lines[n].strip() else n
        assert lines[last].startswith("   - "), (last + 1, lines[last])
        papers.append(entry(lines, n, last + 1, title))
    for n, title in NUMBERED.items():
        ln = lines[n - 1]
        assert re.match(r"^\d\. ", ln), (n, ln)
        assert title in ln, (n, title)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Papers cited in the AI4Prog reference list (16 author-first citations), the TVM tech report link (title"
        " None: its label names the subject), the 8 ' - [Title](pdf), VENUE' items of topics 1-3 (with their project"
        " sub-bullet) and the 15 numbered references of topics 4-6 are entries (40); tool, language, documentation,"
        " blog, video and slide links and the requirement lists are not; title = link text or the citation's title"
        " part; ids = written arXiv ids.",
        "Every line of the file read and classified by hand (the non-entry links 14, 19, 58-59, 61-62, 75-91 project"
        " sub-bullets, 106-109, 191-197, 212-213 and the requirement lists looked at one by one); script asserts the"
        " shape of each kept line and that every hand-written title occurs in its line; -v output compared by eye"
        " for all 40 entries (year-after-authors citations 30-36, 'et al.' ones, the '2.1 ' and final '.' link texts"
        " 101/119, the whole-citation link 138, the quoted titles 156/181, the loose-list spans 73-75 ... 123-124),"
        " and the 12 arXiv ids checked against the 'arXiv:' text (28, 32, 37, 38 write none).",
    )


if __name__ == "__main__":
    main()
