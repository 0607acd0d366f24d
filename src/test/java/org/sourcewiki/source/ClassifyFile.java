package org.sourcewiki.source;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how the importer reads one file (a debugging aid for the boilerplate benchmark, not a test): its title and
 * date, then each passage's number, kind, the reason that decided it, and its first words. Arguments: files.
 */
public final class ClassifyFile {
    private ClassifyFile() {
    }

    public static void main(String[] args) throws Exception {
        ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));
        for (String name : args) {
            Path file = Path.of(name);
            ParsedArticle article = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
            System.out.println("== " + name + " | origins: " + article.metadataOrigin());
            System.out.println("== " + name + " | title: " + article.title() + " | date: " + article.published()
                    + " | author: " + article.author() + " | publisher: " + article.publisher());
            for (NewPassage passage : article.passages()) {
                String text = passage.text().replace('\n', ' ');
                System.out.printf("p%-3d %-11s %-16s %s%n", passage.number(), passage.kind().name().toLowerCase(),
                        passage.kindReason(), text.length() > 100 ? text.substring(0, 100) + "…" : text);
            }
        }
    }
}
