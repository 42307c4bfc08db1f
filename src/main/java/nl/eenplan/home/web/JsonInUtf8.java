package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JSON sent to the API is UTF-8 (RFC 8259, 8.1): a body that says it is in another character set
 * is refused with 415 before it is read, instead of being read in that set and stored differently
 * from what the sender meant.
 */
@Configuration(proxyBeanMethods = false)
class JsonInUtf8 implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Check()).addPathPatterns("/api/**");
    }

    /** Looks at the charset of the Content-Type only; the rest of the media type is Spring's to judge. */
    static final class Check implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotSupportedException {
            var contentType = request.getContentType();
            if (contentType == null) {
                return true;
            }
            try {
                var charset = MediaType.parseMediaType(contentType).getParameter("charset");
                if (charset == null || charset.strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                    return true;
                }
            } catch (InvalidMediaTypeException e) {
                return true; // answered as an unreadable media type by Spring itself
            }
            throw new HttpMediaTypeNotSupportedException(
                    "JSON must be UTF-8", List.of(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8)));
        }
    }
}
