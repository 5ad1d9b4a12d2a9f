package cn.dongguan.cfk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 厂房库 GIS: factory-space and land inventory, site matching and map platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CfkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CfkApplication.class, args);
    }
}
