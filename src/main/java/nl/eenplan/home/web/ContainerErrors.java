package nl.eenplan.home.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before EenPlan reads them still get EenPlan's answer: what Spring Security's
 * firewall refuses (an encoded NUL, a {@code ;} or {@code //} in the address) is a 400 that goes to
 * the error page or problem of {@link ErrorAnswers}; what the servlet container itself refuses gets
 * {@link PlainErrorValve}'s short Dutch page or problem instead of Tomcat's own.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(400);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(PlainErrorValve.class.getName());
            }
        });
    }
}
