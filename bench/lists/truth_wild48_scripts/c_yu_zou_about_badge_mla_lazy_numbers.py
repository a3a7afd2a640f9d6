"""Wild48 truth for yu-zou/yu-zou.github.io _pages/about.md: the one-page AcadHomepage-style (Jekyll) home page of Yu
Zou (secure / heterogeneous FPGA computing; UCF PhD, then Alibaba DAMO and ByteDance), newest commit (9f9458c,
2025-07-02, "update").

Shape: 131 lines, 8 KB.  Front matter and a Liquid block (1-16), a hard-wrapped bio (18-44), ``# 🔥 News`` (46-57:
two dated bullets, one about a talk, one saying "One of our papers was accepted and will be presented at ASPLOS'25"
without naming it), ``# 📝 Publications`` (59) with three sub-lists under ``## Conference Papers`` (61, 12 items
62-89), ``## Journal Articles`` (91, 4 items 93-99) and ``## Technical Reports`` (101, 1 item 103), then honors,
education, work experience, ``# 💬 Invited Talks`` (121-124, two bullets with a quoted talk title) and services.
Every publication item is numbered ``1.`` (lazy Markdown numbering) and starts with a shields.io "Static Badge"
image naming venue and year (``![Static Badge](https://img.shields.io/badge/ASPLOS-2024-red)``, red for
conferences, blue for journals, purple for the report), followed by a Google-Scholar "MLA" citation: ``Surname,
Given, et al. "Title." Venue. Year.`` with the title in straight double quotes ending with a period inside the
quotes.

Special cases:
- 62-66: the first item is hard-wrapped over five lines (badge alone on the bullet line, the title split over 63-64)
  and ends with ``[\\[Paper\\]](../assets/salus-camera-ready-final.pdf)``; 76-77: a ``[\\[Slides\\]](...)`` link on
  an indented continuation line.
- Titles keep the citation's lower case (``FERMAT: fpga-accelerated ...``, ``Hmt: ...``, ``Fast: ...``) as written.
- Two different OMT papers (70, 72) and two TECS 2021 badges (97, 99) are distinct works.
- No DOIs or arXiv ids anywhere.

Decisions:
- Entry = every ``1.`` item under Publications (17), spanning its lines up to the blank line; title = the text inside
  the double quotes (trailing period dropped by the title tidy).
- Not entries: the News bullets (one announces an unnamed ASPLOS'25 paper), honors, education, experience, the
  invited talks (talk titles, not papers), services.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "yu-zou__yu-zou.github.io___pages__about@9f9458c.md"
PART = "wild48_development"

ITEM = re.compile(r"^1\. !\[Static Badge\]\(https://img\.shields\.io/badge/(?P<badge>[A-Za-z]+-\d{4}-(?:red|blue|purple))\)")
QUOTED = re.compile(r'"(?P<title>[^"]+)"')


def main() -> None:
    lines = read_lines(NAME)
    pubs = lines.index("# 📝 Publications") + 1
    end = lines.index("# 🎖 Honors and Awards") + 1
    assert (pubs, end) == (59, 105), (pubs, end)
    papers = []
    colours = []
    for n in range(pubs + 1, end):
        m = ITEM.match(lines[n - 1])
        if not m:
            assert not lines[n - 1].startswith(("1.", "- ", "* ")), (n, lines[n - 1])
            continue
        last = n
        while lines[last].strip():
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1 : last])
        q = QUOTED.findall(text)
        assert len(q) == 1, (n, q)
        papers.append(entry(lines, n, last, q[0]))
        colours.append(m.group("badge").rsplit("-", 1)[1])
    assert colours == ["red"] * 12 + ["blue"] * 4 + ["purple"], colours
    t = {p["line"]: p for p in papers}
    salus = "Salus: A Practical Trusted Execution Environment for CPU-FPGA Heterogeneous Cloud Platforms"
    hermes = ("Hermes: Hardware-efficient speculative dataflow architecture for bonsai merkle tree-based memory"
              " authentication")
    assert (t[62]["end"], t[62]["title"]) == (66, salus), t[62]
    assert (t[76]["end"], t[76]["title"]) == (77, hermes), t[76]
    assert t[79]["title"] == "FERMAT: fpga-accelerated heterogeneous computing platform near nvme storage", t[79]
    assert t[103]["title"] == "A research platform for custom memory cube", t[103]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every lazily numbered '1.' item under '# 📝 Publications' (12 conference papers 62-89, 4 journal articles"
        " 93-99, 1 technical report 103) is an entry (17), spanning its lines up to the blank line; each starts with"
        " a shields.io venue-year badge; title = the text inside the straight double quotes of the MLA-style citation"
        " (joined over the hard-wrapped lines of 62-66); the News bullets (one announcing an unnamed ASPLOS'25 paper)"
        " and the invited talks are not entries.",
        "Read all 131 lines; compared -v for all 17 items: the five-line first item with its [\\[Paper\\]] link,"
        " the [\\[Slides\\]] continuation line 77, lower-case titles kept (79, 83, 95), the two OMT papers (70, 72),"
        " badge colours red x12 / blue x4 / purple x1; no DOIs or arXiv ids in the file.",
    )


if __name__ == "__main__":
    main()
