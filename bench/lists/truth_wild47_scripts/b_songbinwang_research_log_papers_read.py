"""Wild47 truth for SongbinWang/research-log papers.md: the "papers I have read and analyzed" page of a student's
personal research log (README: "All paper I've read are summarized in papers.md"), on parameter-efficient fine-tuning,
visual prompt tuning and vision-language prompt learning; newest commit (6f89a2e, 2025-11-14).

Shape: 114 lines, 5.8 KB, no heading at all; three groups split by runs of blank lines, then one closing line.
- 1-35 and 39-67: eleven three-paragraph cards, ``**[1] AdaptFormer: Adapting Vision Transformers ...,** NeurIPS
  2022.`` / blank / ``*Shoufa Chen, ...*`` (italic authors) / blank / ``[[Paper](url)]  [[Code](url)]`` (or a bare
  ``[Code]`` when there is no code).  The bracket numbers are copied from some survey and skip and restart:
  [1] [2] [6] [9] [12] [13], then [1] [2] [3] [5] [7].  From card 3 on, author and link lines are indented two spaces.
- 71-109: fifteen bullets ``- `CoOp` **Learning to Prompt for Vision-Language Models.** IJCV 2022.`` with a backtick
  nickname tag before the bold title and the ``[[Paper](url)] [[Code](url)]`` line under it, indented (72), after a
  blank line (77-79), on the bullet's own line (99 PromptKD) or unindented (101, 103, 105, 107); ``[No Code Found]``
  103.
- 113: ``**Prompt-based Adaptation in Large-scale Vision Models: A Survey**. [[paper]](github awesome list url)``.

Special cases:
- 74 CoCoOp links the CoOp arXiv id (2203.05557), as written; the truth keeps the file's id.
- Typo kept: 81 ``Prompt Tuningx``; lower-case titles kept (31 ``Parameter-efficient and student-friendly ...``).
- 17 links the CVF html page (no id); 109 an IEEE Xplore page (no id); 113's ``[paper]`` link is a GitHub awesome list.

Decisions:
- Entry = each card (title line to its link line), each backtick bullet (bullet line to its link line) and the survey
  line 113 (a survey paper, named as such): 27.
- Title = the bold text: in cards without the ``[n] `` number and the ``,`` before ``**``; in bullets the bold text
  after the backtick nickname tag (the tag is dropped, a ``Nick:`` prefix inside the bold title is kept), closing dot
  dropped.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "SongbinWang__research-log__papers@6f89a2e.md"
PART = "wild47_development"

CARD = re.compile(r"^\*\*\[(?P<num>\d+)\] (?P<title>.+?),\*\* (?P<venue>[^.]+)\.$")
AUTHORS = re.compile(r"^ {0,2}\*[^*].*\*$")
LINKS = re.compile(r"^ {0,2}\[\[Paper\]\(")
BULLET = re.compile(r"^- `(?P<nick>[A-Za-z]+)` \*\*(?P<title>.+?)\*\* (?P<venue>[A-Za-z]+ \d{4})\.(?P<tail>.*)$")
SURVEY = re.compile(r"^\*\*(?P<title>[^*]+)\*\*\. \[\[paper\]\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nums = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not ln.strip():
            n += 1
            continue
        m = CARD.match(ln)
        if m:
            assert lines[n] == "" and AUTHORS.match(lines[n + 1]) and lines[n + 2] == "", (n, lines[n : n + 3])
            assert LINKS.match(lines[n + 3]), (n, lines[n + 3])
            papers.append(entry(lines, n, n + 4, m.group("title")))
            nums.append(int(m.group("num")))
            n += 5
            continue
        m = BULLET.match(ln)
        if m:
            end = n
            if not LINKS.search(m.group("tail")):
                end = n + 1 if LINKS.match(lines[n]) else n + 2
                assert LINKS.match(lines[end - 1]), (n, lines[n : n + 2])
            papers.append(entry(lines, n, end, m.group("title")))
            n = end + 1
            continue
        m = SURVEY.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
        n += 1
    assert nums == [1, 2, 6, 9, 12, 13, 1, 2, 3, 5, 7], nums
    t = {p["line"]: p for p in papers}
    assert (t[1]["title"], t[1]["end"], t[1]["arxiv"]) == (
        "AdaptFormer: Adapting Vision Transformers for Scalable Visual Recognition", 5, "2205.13535"), t[1]
    assert (t[13]["title"], t[13]["arxiv"]) == (
        "1% VS 100%: Parameter-Efficient Low Rank Adapter for Dense Predictions", None), t[13]
    assert t[45]["arxiv"] == "2210.04831", t[45]
    assert (t[71]["title"], t[71]["end"]) == ("Learning to Prompt for Vision-Language Models", 72), t[71]
    assert t[74]["arxiv"] == "2203.05557", t[74]
    assert (t[77]["title"], t[77]["end"]) == ("MaPLe: Multi-modal Prompt Learning", 79), t[77]
    assert t[81]["title"] == "Visual-Language Prompt Tuningx with Knowledge-guided Context Optimization", t[81]
    assert (t[99]["end"], t[99]["arxiv"]) == (99, "2403.02781"), t[99]
    assert (t[108]["end"], t[108]["arxiv"]) == (109, None), t[108]
    assert t[113]["title"] == "Prompt-based Adaptation in Large-scale Vision Models: A Survey", t[113]
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every paper card (bold '[n] Title,' line + italic authors + '[[Paper]] [[Code]]' line, 11 cards with skipping"
        " and restarting numbers), every '- `Nick` **Title.** Venue.' bullet with its link line (15) and the closing"
        " bold survey line 113 is an entry (27); title = the bold title without the '[n]' number, the backtick"
        " nickname tag and the closing ',' or '.'; span = title line to its link line.",
        "Read all 114 lines; compared -v for all 27 entries: card spans 1-5 ... 63-67 with indented author/link lines"
        " from 13 on, bullets with the link line indented (72), after a blank line (77-79), on the same line (99) or"
        " unindented (101-107); typo 'Tuningx' 81 kept; 74 carries CoOp's arXiv id as written; no id from the CVF"
        " (17), IEEE (109) and GitHub (113) links.",
    )


if __name__ == "__main__":
    main()
