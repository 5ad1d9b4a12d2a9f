package cn.dongguan.cfk.alert;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The alert delivery runs on a schedule (cfk.alert.delivery-delay, default 1 s between rounds). */
@Configuration
@EnableScheduling
class AlertConfig {}
