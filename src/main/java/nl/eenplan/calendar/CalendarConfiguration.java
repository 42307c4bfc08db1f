package nl.eenplan.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The holiday policy in use; EenPlan's default unless {@code eenplan.calendar.liberation-day}
 * ({@code EVERY_YEAR}, {@code LUSTRUM_YEARS}, {@code NEVER}) or
 * {@code eenplan.calendar.good-friday-is-holiday} say otherwise.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    HolidayPolicy holidayPolicy(
            @Value("${eenplan.calendar.liberation-day:LUSTRUM_YEARS}") LiberationDayRule liberationDay,
            @Value("${eenplan.calendar.good-friday-is-holiday:false}") boolean goodFridayIsHoliday) {
        return new HolidayPolicy(liberationDay, goodFridayIsHoliday);
    }
}
