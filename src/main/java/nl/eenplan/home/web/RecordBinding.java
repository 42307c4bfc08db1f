package nl.eenplan.home.web;

import java.util.List;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Forms bind to records through their constructor. When a value cannot be read (a date of 31
 * February, {@code version=abc}), Spring records the error before the record exists, and its binding
 * result would keep no record: the page that shows the error next to the field would find no form
 * and fail. Here the binding result always holds the record the binder made, so every such error is
 * shown where it belongs ({@code typeMismatch} messages) and nothing is stored.
 *
 * <p>Spring Boot takes one set of such registrations: it also names how handlers are looked up
 * ({@link LiteralPrefixHandlerMapping}).
 */
@Configuration(proxyBeanMethods = false)
class RecordBinding {

    @Bean
    WebMvcRegistrations recordBindingRegistrations() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralPrefixHandlerMapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(
                            List<InvocableHandlerMethod> binderMethods) {
                        return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                            @Override
                            protected ServletRequestDataBinder createBinderInstance(
                                    Object target, String objectName, NativeWebRequest request) {
                                return new Binder(target, objectName);
                            }
                        };
                    }
                };
            }
        };
    }

    /** A binder whose binding result follows the binder's target, also when it is made later. */
    static final class Binder extends ExtendedServletRequestDataBinder {

        Binder(Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        protected AbstractPropertyBindingResult createBeanPropertyBindingResult() {
            var result = new FollowingResult(this);
            if (getConversionService() != null) {
                result.initConversion(getConversionService());
            }
            return result;
        }
    }

    /** The errors of a binder, about whatever the binder holds now. */
    static final class FollowingResult extends AbstractPropertyBindingResult {

        private final transient DataBinder binder;
        private transient BeanWrapper accessor;
        private transient ConversionService conversion;

        FollowingResult(DataBinder binder) {
            super(binder.getObjectName());
            this.binder = binder;
        }

        @Override
        public Object getTarget() {
            return binder.getTarget();
        }

        @Override
        public void initConversion(ConversionService conversionService) {
            this.conversion = conversionService;
            if (accessor != null) {
                super.initConversion(conversionService);
            }
        }

        /** Before the record exists its type still names the field's type, for messages such as "not a date". */
        @Override
        public Class<?> getFieldType(String field) {
            if (getTarget() != null) {
                return super.getFieldType(field);
            }
            var type = binder.getTargetType() == null
                    ? null
                    : binder.getTargetType().resolve();
            if (type == null || !type.isRecord() || field == null) {
                return null;
            }
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(field)) {
                    return component.getType();
                }
            }
            return null;
        }

        @Override
        public ConfigurablePropertyAccessor getPropertyAccessor() {
            var target = getTarget();
            if (target == null) {
                throw new IllegalStateException("no form bound yet");
            }
            if (accessor == null || accessor.getWrappedInstance() != target) {
                accessor = PropertyAccessorFactory.forBeanPropertyAccess(target);
                accessor.setExtractOldValueForEditor(true);
                accessor.setAutoGrowNestedPaths(binder.isAutoGrowNestedPaths());
                if (conversion != null) {
                    accessor.setConversionService(conversion);
                }
            }
            return accessor;
        }
    }
}
