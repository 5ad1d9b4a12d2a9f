package cn.dongguan.cfk.enquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many enquiries anonymous callers may send per hour (cfk.enquiry.*): per client address and per contact. */
@ConfigurationProperties("cfk.enquiry")
record EnquiryLimits(
        @DefaultValue("10") int perClientPerHour,
        @DefaultValue("3") int perContactPerHour) {}
