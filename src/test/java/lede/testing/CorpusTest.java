package lede.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that reads the research corpora kept beside the repository (the corpus profile names them), which a clone of this repository
 * alone does not have (their licences keep them out of it). Left out unless the Maven profile
 * {@code corpus} is on ({@code mvn -B test -Pcorpus}; {@code .ci/run} turns it on when the corpora exist).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("corpus")
@ExtendWith(CorpusCondition.class)
public @interface CorpusTest {
}
