package dev.assetflow.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void commentsAndFormattingDisappear() {
        String compact = SourceText.normalize("static int f(int x){return x+1;}");
        assertThat(SourceText.normalize("""
                static int f( int x ) {   // adds one
                    /* the
                       answer */ return x
                        + 1;
                }""")).isEqualTo(compact).isEqualTo("static int f(int x){return x+1;}");
    }

    @Test
    void tokensThatWouldJoinKeepOneSpace() {
        assertThat(SourceText.normalize("a - -b")).isEqualTo("a- -b");
        assertThat(SourceText.normalize("a--b")).isEqualTo("a--b");
        assertThat(SourceText.normalize("return\n  value")).isEqualTo("return value");
        assertThat(SourceText.normalize("List < List < String > > x")).isEqualTo("List<List<String> >x");
    }

    @Test
    void literalsStayAsWritten() {
        assertThat(SourceText.normalize("s = \"a  // not a comment\" + 'x' ;"))
                .isEqualTo("s=\"a  // not a comment\"+'x';");
        assertThat(SourceText.normalize("s = \"quote \\\" /* still text */\";"))
                .isEqualTo("s=\"quote \\\" /* still text */\";");
        assertThat(SourceText.normalize("t = \"\"\"\n    two  spaces \"\" // kept\n    \"\"\";"))
                .isEqualTo("t=\"\"\"\n    two  spaces \"\" // kept\n    \"\"\";");
        assertThat(SourceText.normalize("c = '\\'' ;")).isEqualTo("c='\\'';");
    }
}
