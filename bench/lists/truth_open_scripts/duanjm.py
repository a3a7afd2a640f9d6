"""Open truth for Duan-JM/awesome-papers-fewshot (cv/image_classification): '- [VENUE] ([paper](url) [code](url)) Title'.

Notes follow as indented '*' sub-bullets; some items have no links at all.
"""
import re

from _open import Open

NAME = "Duan-JM__awesome-papers-fewshot__cv__image_classification__README@b0e188e.md"


def main() -> None:
    t = Open(NAME)
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            inside = not text.startswith(("### Contents", "### Results", "#### [mini")) and i > 9
            if text.startswith("### Results"):
                break
        if not inside or not text.startswith("- ["):
            continue
        end = i
        while end < len(t.lines) and re.match(r"\s+\S", t.line(end + 1)):
            end += 1  # indented note sub-bullets
        rest = re.sub(r"^- \[[^\]]*\]\s*", "", text)  # the [VENUE YEAR] tag
        while True:
            m = re.match(r"\((?:[^()]|\([^()]*\))*\)\s*", rest)  # '([paper](url) [code](url))', '(RECOMMENDED!)'
            if not m:
                break
            rest = rest[m.end():]
        rest = re.sub(r"^(?:\[\s*\[exist code\]\([^)]*\)\s*\]|\[exist code\]|\(\[code\]\([^)]*\))\s*", "", rest)
        title = re.sub(r"\s*\((?:Need to be cautious|RECOMMENDED!?)\)\s*$", "", rest)
        t.add(i, end, title)
    t.write("every '- [VENUE] (links) Title' item from Surveys to the end of 'Special' is an entry with its"
            " indented note sub-bullets, title = the text after the venue tag and the bracketed link group"
            " ('(RECOMMENDED!)', '(Need to be cautious)' and"
            " '[exist code]' notes dropped, one unclosed '([code](url)' too); the results tables are not entries",
            "the 15-entry sample, every title containing a bracket, every section's first item, the note"
            " sub-bullets that end each record")


if __name__ == "__main__":
    main()
