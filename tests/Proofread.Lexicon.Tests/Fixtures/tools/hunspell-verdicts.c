/* Prints "word TAB 1|0 TAB suggestions" for each input line, using libhunspell directly so that
 * each line is checked as one word (hunspell -a would tokenise it first).
 * Build: cc -O2 -o hunspell-verdicts hunspell-verdicts.c $(pkg-config --cflags --libs hunspell)
 * Usage: hunspell-verdicts AFF DIC [--suggest] < words > verdicts */
#include <hunspell/hunspell.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s AFF DIC [--suggest]\n", argv[0]); return 2; }
    int suggest = argc > 3 && strcmp(argv[3], "--suggest") == 0;
    Hunhandle *h = Hunspell_create(argv[1], argv[2]);
    char line[1024];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!*line) continue;
        int ok = Hunspell_spell(h, line);
        printf("%s\t%d", line, ok ? 1 : 0);
        if (suggest) {
            char **list;
            int n = Hunspell_suggest(h, &list, line);
            printf("\t");
            for (int i = 0; i < n; i++) printf("%s%s", i ? "|" : "", list[i]);
            Hunspell_free_list(h, &list, n);
        }
        printf("\n");
    }
    Hunspell_destroy(h);
    return 0;
}
