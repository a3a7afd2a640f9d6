"""Open truth for subeeshvasu/Awesome-Learning-with-Label-Noise: '* YYYY-VENUE - Title. [[Paper]](url) [[Code]](url)'."""
import re

from _open import Open

NAME = "subeeshvasu__Awesome-Learning-with-Label-Noise__README@d43d4b1.md"


def main() -> None:
    t = Open(NAME)
    section = ""
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
        if not text.startswith("*"):
            continue
        if section in ("Papers & Code", "Survey"):
            m = re.match(r"\*\s+\d{4}[^\[]*?\s-\s(.*)", text) or re.match(r"\*\s+\d{4}-\S+-\s+(.*)", text)
            if not m:
                continue  # a lone '*' (line 410)
            title = re.split(r"\s*\[\[", m.group(1), maxsplit=1)[0]
            t.add(i, i, title)
        elif section == "Others" and "[Paper-" in text:
            t.add(i, i, re.match(r"\* \[Paper-(.+?)\]", text).group(1))
    t.write("every '* YYYY-VENUE - Title. [[Paper]]' bullet of 'Papers & Code' and 'Survey' is an entry, title ="
            " the text between the first ' - ' and the links; in 'Others' only the linked 'Paper-' survey (a"
            " technical report), without its 'Paper-' label; GitHub repositories, tutorials, Q&A and talks are not",
            "the 15-entry sample, every bullet that does not have the 'YYYY-VENUE - ' shape, the Survey and"
            " Others sections whole")


if __name__ == "__main__":
    main()
