"""Open truth for zziz/pwc: one table per year '| [Title](paper url) | Conf | [code](url) | Stars |'."""
import re

from _open import Open

NAME = "zziz__pwc__README@6805521.md"


def main() -> None:
    t = Open(NAME)
    odd = 0
    for i, text in enumerate(t.lines, 1):
        if i < 13 or not text.startswith("|") or text.startswith(("| Title", "|:-")):
            continue
        m = re.match(r"\|\s*\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(", text)
        if m:
            t.add(i, i, m.group(1))
        else:
            odd += 1
    t.write("every data row of the year tables (2018 to 2013) is an entry, title = the link text of the Title"
            " cell (the link is the paper: CVF, arXiv, PMLR, NeurIPS, ACL, ...); the year navigation table at"
            " the top is not",
            f"the 15-entry sample, that every table row below the header has a linked title ({odd} do not),"
            " titles with brackets")


if __name__ == "__main__":
    main()
