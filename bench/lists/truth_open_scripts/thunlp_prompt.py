"""Open truth for thunlp/PromptPapers: numbered '1. **Title.** Venue. badges' items, authors and links below."""
import re

from _open import Open

NAME = "thunlp__PromptPapers__README@1ae4bd1.md"


def main() -> None:
    t = Open(NAME)
    starts = []
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            inside = text.startswith("## Papers")
        if inside and re.match(r"\d+\.\s+\*\*", text):
            starts.append(i)
    for i in starts:
        end = i
        j = i + 1
        while j <= len(t.lines) and not re.match(r"\d+\.\s|#", t.line(j)):
            if t.line(j).strip():
                end = j
            j += 1
        title = re.match(r"\d+\.\s+\*\*(.+?)\*\*", t.span(i, end), re.DOTALL).group(1)
        t.add(i, end, title)
    t.write("every numbered '1. **Title.** Venue.' item of the Papers section is an entry, running to its"
            " author/link line; title = the bold part", "the 15-entry sample, the count of numbered bold items"
            " (96), every item whose record is not two non-blank lines")


if __name__ == "__main__":
    main()
