"""Open truth for wzhe06/Reco-papers (Chinese intro): '* [[Tag] Title (Org Year)](pdf in the repo)' bullets."""
import re

from _open import Open

NAME = "wzhe06__Reco-papers__README@7879696.md"


def main() -> None:
    t = Open(NAME)
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            inside = text.startswith("## 目录")
        m = re.match(r"\* \[(.*)\]\(https://github\.com/wzhe06/Reco-papers/", text)
        if not inside or not m:
            continue
        label = m.group(1)
        if re.search(r"slides|Handbook|by Wang Zhe", label, re.IGNORECASE):
            continue  # slide decks, a book and the author's own introductory talk
        title = re.sub(r"^\[[^\]]*\]\s*", "", label)  # the tag in brackets
        title = re.sub(r"\s*\([^()]*\d{4}\)$", "", title)  # '(Org Year)'
        t.add(i, i, title)
    t.write("every '* [[Tag] Title (Org Year)](pdf)' bullet under 目录 is an entry, title = the link text without"
            " the bracketed tag and the '(Org Year)' note; link texts saying slides, the Recommender Systems"
            " Handbook and the author's own 'by Wang Zhe' talk are not papers (the other industry talks cannot"
            " be told from papers by the list and are kept)",
            "every bullet of the file (all sections), every title")


if __name__ == "__main__":
    main()
