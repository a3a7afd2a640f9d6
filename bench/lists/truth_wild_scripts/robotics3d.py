"""Wild truth for zubair-irshad/Awesome-Robotics-3D README.md: 3D vision papers for robotics.

One paper per bullet: '* **Nickname**: "Title", *Venue Year*. [[Paper](url)] [[Webpage](url)]
[[Code](url)]', and four surveys at the top ('* "Title", *arXiv, Oct 2024*. [[Paper](url)]').
Every bullet of the survey list and of the five paper sections is an entry; title = the quoted
part (as written, even where the list copied a wrong title, e.g. 3D-LLM, Gen2Sim); the bold
nickname before it is the model's name, not part of the title.  Papers listed twice (Polarnet,
RoboRefer) are separate entries.  Ids come from the bullet's line: the first arXiv URL (the
Paper link, e.g. RoboPoint's link as written, 2210.07241); JCR's link is misspelt
'arxiv.org/abpdfs/2404.11683v1' but names the arXiv id, which is taken (2404.11683).  The Overview
links, the badges, the star-history chart and the list's own BibTeX citation are not entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "zubair-irshad__Awesome-Robotics-3D__README@10f7310.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text
        if not text.startswith("* ") or section.startswith("## 🏠 Overview"):
            continue
        m = re.match(r"\* (?:\*\*[^*]+\*\*: )?\"(.+?)\",", text)
        assert m, (i, text)
        add(i, i, m.group(1))
        if "arxiv.org/abpdfs/" in text:  # misspelt arXiv URL: the id is written, take it
            PAPERS[-1]["arxiv"] = re.search(r"arxiv\.org/abpdfs/(\d{4}\.\d{4,5})", text).group(1)
    write("every '* **Nick**: \"Title\", *Venue*. [[Paper](url)]...' bullet (and the four survey bullets at the top)"
          " is an entry, title = the quoted part without the nickname; ids from the bullet's first arXiv URL",
          "counted the '* ' bullets with grep (104; the Overview uses '  - ') against the entries; sampled 25 entries"
          " over all sections (titles, arXiv ids, a wrong-but-written id, the PMLR/CVF/OpenReview/IEEE links"
          " without arXiv), the repeats, the misspelt 'abpdfs' URL, the citation block (not an entry)")


if __name__ == "__main__":
    main()
