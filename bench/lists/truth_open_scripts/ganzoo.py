"""Open truth for hindupuravinash/the-gan-zoo: '* NICK-GAN - [Title](url) ([github](url))' bullets."""
import re

from _open import Open

NAME = "hindupuravinash__the-gan-zoo__README@375f2be.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\* .*? - \[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(", text)
        if m:
            t.add(i, i, m.group(1))
            if "______" in m.group(1):  # a blank to fill in, not emphasis: Markdown shows the underscores
                t.papers[-1]["title"] = " ".join(m.group(1).split())
    t.write("every '* NAME - [Title](url)' bullet is an entry (501), title = the link text; the GAN nickname"
            " before ' - ' is not part of it", "the 15-entry sample, that all 501 bullets have the shape,"
            " titles containing ']' or '(' checked")


if __name__ == "__main__":
    main()
