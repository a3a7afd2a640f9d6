"""Wild truth for SeitaroShinagawa/FavoritePapers dialog.md: one paragraph per paper, '**Title (Venue)**', '*Authors*', '[[paper](url)]' lines.

Every paragraph that opens with a bold line is an entry, running to its last non-blank line
(an author line may wrap, a note like 'CVPR2017 winner' may follow the links).  Title = the
bold text without the venue/award parenthesis the list puts at its end, inside or after the
bold ('(EMNLP2019)', 'Maximization(NIPS2018)', '(ACL NLP best paper award)', '(ArXiv)').  Papers
linked only to a project page or GitXiv are entries.  Not entries: 'Paper Collection of
Multi-Agent Reinforcement Learning' (a link to another list), the Game Theory open-access
textbook (a book, though its link is arXiv) and the '# tool' section (PyDial, Babble project,
Dialogue Experimental Toolkit).  Broken links keep their ids ('https：//arxiv.org/abs/…',
'[[paper(https://arxiv.org/abs/…)]').  Repeated papers are separate entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "SeitaroShinagawa__FavoritePapers__dialog@927579a.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


NOT_PAPERS = ("Paper Collection of Multi-Agent", "Game Theory (Open Access textbook")


def main() -> None:
    tools = False
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            tools = text.strip().lower() == "# tool"
        if tools or not text.startswith("**"):
            continue
        end = i
        while end < len(LINES) and LINES[end].strip() and not LINES[end].startswith(("#", "**")):
            end += 1
        bold = re.match(r"\*\*(.+?)\*\*", text).group(1).strip()
        if bold.startswith(NOT_PAPERS):
            continue
        title = re.sub(r"\s*\([^()]*\)$", "", bold)
        if "-v" in sys.argv and title != bold:
            print("   venue dropped:", bold[len(title):])
        add(i, end, title)
    write("every paragraph opening with a '**Title (Venue)**' line is an entry (to its last non-blank line),"
          " except a link to another list, an open-access textbook and the tool section; title = the bold text"
          " without its final venue parenthesis",
          "every entry of the file (100) against its paragraph: title, first/last line, arXiv id; the count of"
          " bold-opening paragraphs (105 = 100 + the list link, the textbook and 3 tools); each of the 42"
          " dropped venue parentheses; the wrapped author line (356-359), the fullwidth-colon and broken arXiv"
          " links, the repeated papers")


if __name__ == "__main__":
    main()
