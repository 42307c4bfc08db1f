package nl.eenplan.calendar;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #moments}, the one way pages, mails and PDFs show a date or a time
 * ({@link DutchMoments}): {@code ${#moments.date(d)}}, {@code ${#moments.day(d)}}, {@code
 * ${#moments.dateTime(t)}} and {@code ${#moments.time(t)}}, in the page's language and Dutch time.
 */
@Component
class MomentsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "moments";

    MomentsDialect() {
        super("EenPlan moments");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? DutchMoments.in(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return false;
            }
        };
    }
}
